import type { FacilitatorGuide, GuideActivity, LocalizedText, ModuleMeta } from '../../../shared/content/pack';
import type { Language } from '../../../shared/domain/app';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { translate } from '../../../shared/i18n/translate';
import { FlowWriter } from './flow-writer';
import type { FontFaces } from './font-faces';
import { formatNumber } from './format';
import { drawPageFooters } from './page-footer';
import { MUTED, PRIMARY } from './palette';
import { PdfCanvas } from './pdf-canvas';
import { drawTable } from './table';

const MARGIN = 48;

export interface GuideData {
  language: DocumentLanguage;
  meta: ModuleMeta;
  guide: FacilitatorGuide;
}

/**
 * A content pack's facilitator guide as a printed handbook: overview, timetable, preparation, each half-day
 * session (objectives, materials, activities with their steps and discussion prompts), tips and the follow-up
 * visit. In one language, or bilingual (Chinese first, the English under it in grey).
 */
export async function renderFacilitatorGuide(faces: FontFaces, data: GuideData): Promise<Uint8Array> {
  const primary: Language = data.language === 'en' ? 'en' : 'zh-CN';
  const secondary: Language | null = data.language === 'bilingual' ? 'en' : null;
  const l = (key: string, values?: Record<string, string | number>) => translate(primary, 'pdf', `guide.${key}`, values);
  const main = (text: LocalizedText) => text[primary];
  const other = (text: LocalizedText) => (secondary ? text[secondary] : null);
  const { meta, guide } = data;

  const canvas = new PdfCanvas(faces, { title: `${l('title')} ${main(meta.title)}`, fallbackScript: primary === 'zh-CN' ? 'cjk' : 'latin', bufferPages: true });
  const runningHeader = () => {
    canvas.text(`${l('title')} · ${main(meta.title)}`, MARGIN, MARGIN - 22, { size: 8, color: MUTED });
    return MARGIN;
  };
  const flow = new FlowWriter(canvas, { margin: MARGIN, pageHeader: runningHeader }, MARGIN);
  const bilingual = (text: LocalizedText, style: { size?: number; bold?: boolean } = {}) => {
    flow.paragraph(main(text), style);
    const translation = other(text);
    if (translation) flow.paragraph(translation, { size: (style.size ?? 10) - 1, color: MUTED });
  };
  const list = (items: LocalizedText[], marker: (i: number) => string) => items.forEach((item, i) => flow.item(marker(i), main(item), other(item)));

  canvas.text(l('title'), MARGIN, flow.y, { size: 12, color: MUTED });
  flow.space(20);
  flow.heading(main(meta.title), 1, other(meta.title) ?? undefined);
  bilingual(meta.summary);
  flow.space(4);
  flow.paragraph(`${l('audience')}：${main(meta.audience)}`.replace('：', primary === 'en' ? ': ' : '：'), { size: 9.5, color: MUTED });
  flow.paragraph(l('version', { version: meta.version }), { size: 9, color: MUTED });

  flow.heading(l('overview'), 2);
  bilingual(guide.overview);

  flow.heading(l('timetable'), 2);
  const rows = guide.sessions.flatMap((session) =>
    session.activities.map((activity, i) => ({
      cells: [i === 0 ? sessionLabel(primary, session) : '', main(activity.title), formatNumber(primary, activity.minutes, 0)],
      shade: i === 0,
    })),
  );
  flow.ensure(60);
  flow.y = drawTable(
    canvas,
    {
      x: MARGIN,
      columns: [
        { header: l('session'), width: 130 },
        { header: l('activity'), width: canvas.pageWidth - 2 * MARGIN - 190 },
        { header: l('minutes'), width: 60, align: 'right' },
      ],
      size: 9,
      minRowHeight: 18,
      bottom: canvas.pageHeight - MARGIN - 14,
      startPage: runningHeader,
    },
    flow.y,
    rows,
  );
  flow.space(10);

  flow.heading(l('preparation'), 2);
  list(guide.preparation, () => '•');

  for (const session of guide.sessions) {
    flow.heading(l('sessionHeading', { day: session.day, half: l(`half.${session.half}`), title: main(session.title) }), 1, other(session.title) ?? undefined);
    const lessonTitles = session.lessons.map((id) => meta.lessons.find((lesson) => lesson.id === id)).filter((lesson) => lesson !== undefined);
    if (lessonTitles.length > 0) flow.paragraph(`${l('lessons')}: ${lessonTitles.map((lesson) => main(lesson.title)).join(primary === 'en' ? '; ' : '；')}`, { size: 9.5, color: MUTED });
    flow.heading(l('objectives'), 3);
    list(session.objectives, () => '•');
    flow.heading(l('materials'), 3);
    list(session.materials, () => '☐');
    flow.heading(l('activities'), 3);
    session.activities.forEach((activity) => writeActivity(flow, activity, main, other, l));
  }

  flow.heading(l('tips'), 1);
  for (const key of ['lowLiteracy', 'mixedLanguage', 'gender'] as const) {
    flow.heading(l(key), 3);
    list(guide.tips[key], () => '•');
  }

  flow.heading(l('visit'), 1);
  flow.heading(l('purpose'), 3);
  bilingual(guide.visit.purpose);
  flow.heading(l('activities'), 3);
  guide.visit.activities.forEach((activity) => writeActivity(flow, activity, main, other, l));
  flow.heading(l('checklist'), 3);
  list(guide.visit.checklist, () => '☐');

  drawPageFooters(canvas, primary, `${l('title')} · ${main(meta.title)}`, MARGIN);
  return canvas.end();
}

function sessionLabel(language: Language, session: FacilitatorGuide['sessions'][number]): string {
  return `${translate(language, 'pdf', 'guide.day', { day: session.day })} ${translate(language, 'pdf', `guide.half.${session.half}`)}`;
}

function writeActivity(
  flow: FlowWriter,
  activity: GuideActivity,
  main: (text: LocalizedText) => string,
  other: (text: LocalizedText) => string | null,
  l: (key: string, values?: Record<string, string | number>) => string,
): void {
  flow.ensure(60);
  flow.paragraph(main(activity.title), { size: 11, bold: true, color: PRIMARY });
  const translation = other(activity.title);
  if (translation) flow.paragraph(translation, { size: 9, color: MUTED });
  flow.paragraph(l('activityMeta', { minutes: activity.minutes, method: main(activity.method) }), { size: 9, color: MUTED });
  activity.steps.forEach((step, i) => flow.item(`${i + 1}.`, main(step), other(step)));
  if (activity.prompts.length > 0) {
    flow.paragraph(l('prompts'), { size: 9.5, bold: true });
    for (const prompt of activity.prompts) {
      flow.item('?', main(prompt.question), other(prompt.question));
      flow.paragraph(l('expected', { answer: main(prompt.expected) }), { size: 9, color: MUTED }, 16);
    }
  }
  flow.space(6);
}
