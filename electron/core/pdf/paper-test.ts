import type { LocalizedText, Question } from '../../../shared/content/pack';
import type { Language } from '../../../shared/domain/app';
import type { DocumentLanguage, PaperTestPart } from '../../../shared/domain/documents';
import type { PresentedQuestion } from '../../../shared/domain/learning';
import { translate } from '../../../shared/i18n/translate';
import SVGtoPDF from 'svg-to-pdfkit';
import { FlowWriter } from './flow-writer';
import type { FontFaces } from './font-faces';
import { drawPageFooters } from './page-footer';
import { ACCENT, INK, MUTED, PRIMARY } from './palette';
import { PdfCanvas } from './pdf-canvas';
import { prepareImage } from './prepared-image';
import { drawTable } from './table';

const MARGIN = 44;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface PaperTestData {
  language: DocumentLanguage;
  part: PaperTestPart;
  kind: 'pre' | 'post';
  moduleTitle: LocalizedText;
  workshopTitle: string;
  passMark: number;
  /** In test order, each as the learner sees it (the same seed as the typed-in attempt) and with its answer. */
  questions: Array<{ question: Question; presented: PresentedQuestion }>;
  images: Record<string, { mediaType: string; bytes: Uint8Array }>;
}

const sameText = (a: LocalizedText, b: LocalizedText) => a.en === b.en && a['zh-CN'] === b['zh-CN'];

/**
 * The letters a trainer types for the right answer, in the paper's own lettering. The learner's view carries
 * opaque ids (electron/core/quiz/learner-ids.ts), so options are matched to the pack's by their text.
 */
export function answerCode(question: Question, presented: PresentedQuestion, language: Language): string {
  const letterOf = (shown: Array<{ text: LocalizedText }>, text: LocalizedText | undefined) =>
    LETTERS[text ? shown.findIndex((item) => sameText(item.text, text)) : -1] ?? '?';
  switch (question.type) {
    case 'single':
      return presented.type === 'single' ? letterOf(presented.options, question.options.find((o) => o.id === question.answer)?.text) : '';
    case 'multiple':
      return presented.type === 'multiple'
        ? question.answers.map((id) => letterOf(presented.options, question.options.find((o) => o.id === id)?.text)).sort().join('')
        : '';
    case 'truefalse':
      return translate(language, 'pdf', question.answer ? 'paper.trueShort' : 'paper.falseShort');
    case 'ordering':
      return presented.type === 'ordering' ? question.items.map((item) => letterOf(presented.items, item.text)).join('') : '';
    case 'matching':
      return presented.type === 'matching'
        ? presented.left.map((left, i) => `${i + 1}${letterOf(presented.right, question.pairs.find((pair) => sameText(pair.left, left.text))?.right)}`).join(' ')
        : '';
    case 'hotspot':
      return translate(language, 'pdf', 'paper.hotspotKey', { count: question.hotspots.length });
  }
}

function svgSize(svg: string): { width: number; height: number } {
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  return box ? { width: Number(box[1]), height: Number(box[2]) } : { width: 4, height: 3 };
}

/**
 * A printed pre- or post-test in three parts: the paper participants answer on, a one-page answer sheet, and the
 * key with the letters to type in. Questions, their order and their option order come from the workshop's stored
 * seed, so paper and typed-in answers line up letter for letter.
 */
export async function renderPaperTest(faces: FontFaces, data: PaperTestData): Promise<Uint8Array> {
  const primary: Language = data.language === 'en' ? 'en' : 'zh-CN';
  const secondary: Language | null = data.language === 'bilingual' ? 'en' : null;
  const l = (key: string, values?: Record<string, string | number>) => translate(primary, 'pdf', `paper.${key}`, values);
  const main = (text: LocalizedText) => text[primary];
  const other = (text: LocalizedText) => (secondary ? text[secondary] : null);
  const partKey = data.part === 'paper' ? 'paper' : data.part === 'answer-sheet' ? 'answerSheet' : 'answerKey';
  const titleIn = (language: Language) => `${translate(language, 'pdf', `paper.kind.${data.kind}`)} · ${translate(language, 'pdf', `paper.${partKey}`)}`;
  const title = titleIn(primary);
  const canvas = new PdfCanvas(faces, { title: `${title} ${data.workshopTitle}`, fallbackScript: primary === 'zh-CN' ? 'cjk' : 'latin', bufferPages: true });
  const width = canvas.pageWidth - 2 * MARGIN;

  const pageHeader = () => {
    canvas.text(`${title} · ${main(data.moduleTitle)}`, MARGIN, MARGIN - 22, { size: 8, color: MUTED });
    return MARGIN;
  };
  const flow = new FlowWriter(canvas, { margin: MARGIN, pageHeader }, MARGIN);
  canvas.text(title, MARGIN, flow.y, { size: 18, bold: true, color: PRIMARY });
  flow.space(26);
  if (secondary) {
    canvas.text(titleIn(secondary), MARGIN, flow.y - 2, { size: 11, color: MUTED });
    flow.space(16);
  }
  flow.paragraph(`${l('module')}: ${main(data.moduleTitle)}    ${l('workshop')}: ${data.workshopTitle}`.replace(/: /g, primary === 'zh-CN' ? '：' : ': '), { size: 9.5, color: MUTED });
  flow.space(4);

  if (data.part !== 'answer-key') {
    // Blanks for the participant's details.
    const fields = [l('name'), l('enterprise'), l('date'), l('score')];
    const fieldWidth = width / fields.length;
    fields.forEach((field, i) => {
      const x = MARGIN + i * fieldWidth;
      const labelWidth = canvas.text(field, x, flow.y + 6, { size: 10 });
      canvas.doc.save().lineWidth(0.6).strokeColor(INK).moveTo(x + labelWidth + 4, flow.y + 19).lineTo(x + fieldWidth - 10, flow.y + 19).stroke().restore();
    });
    flow.space(30);
  }
  const instructionKey = data.part === 'paper' ? 'instructions' : data.part === 'answer-sheet' ? 'sheetInstructions' : 'keyInstructions';
  for (const language of secondary ? [primary, secondary] : [primary]) {
    flow.paragraph(translate(language, 'pdf', `paper.${instructionKey}`, { passMark: data.passMark }), { size: 9.5, color: data.part === 'answer-key' ? ACCENT : MUTED });
  }
  flow.space(8);

  if (data.part === 'paper') writePaper(canvas, flow, data, l, main, other);
  else if (data.part === 'answer-sheet') writeAnswerSheet(canvas, flow, data, l, primary);
  else writeAnswerKey(canvas, flow, data, l, main, primary);

  drawPageFooters(canvas, primary, `${title} · ${data.workshopTitle}`, MARGIN);
  return canvas.end();
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

function drawSvg(canvas: PdfCanvas, flow: FlowWriter, svg: string, maxWidth: number, maxHeight: number): { x: number; y: number; scale: number } {
  const size = svgSize(svg);
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height);
  flow.ensure(size.height * scale + 8);
  const x = MARGIN + 16;
  const y = flow.y;
  // Without its own width and height, the root element fills the box we give it, scaled by its viewBox.
  const fitted = svg.replace(/<svg\b[^>]*>/, (tag) => tag.replace(/\s(width|height)="[^"]*"/g, ''));
  SVGtoPDF(canvas.doc, fitted, x, y, { width: size.width * scale, height: size.height * scale, fontCallback: (_family, bold) => (bold ? 'cjk-bold' : 'cjk-regular') });
  flow.space(size.height * scale + 8);
  return { x, y, scale };
}

function drawPicture(canvas: PdfCanvas, flow: FlowWriter, image: { mediaType: string; bytes: Uint8Array }, maxWidth: number, maxHeight: number) {
  if (image.mediaType === 'image/svg+xml') return drawSvg(canvas, flow, Buffer.from(image.bytes).toString('utf8'), maxWidth, maxHeight);
  const prepared = prepareImage(image.bytes);
  if (!prepared) return null;
  const scale = Math.min(maxWidth / prepared.width, maxHeight / prepared.height);
  flow.ensure(prepared.height * scale + 8);
  const position = { x: MARGIN + 16, y: flow.y, scale };
  canvas.image(prepared, position.x, position.y, { width: prepared.width * scale, height: prepared.height * scale });
  flow.space(prepared.height * scale + 8);
  return position;
}

function writePaper(canvas: PdfCanvas, flow: FlowWriter, data: PaperTestData, l: Translate, main: (t: LocalizedText) => string, other: (t: LocalizedText) => string | null) {
  const width = canvas.pageWidth - 2 * MARGIN;
  data.questions.forEach(({ presented }, index) => {
    flow.ensure(70);
    flow.item(`${index + 1}.`, main(presented.prompt), other(presented.prompt));
    flow.paragraph(presented.type === 'hotspot' ? l('hotspot', { count: presented.hotspotCount }) : l(presented.type), { size: 8.5, color: MUTED }, 16);
    switch (presented.type) {
      case 'single':
      case 'multiple':
        presented.options.forEach((option, i) => flow.item(presented.type === 'single' ? '○' : '☐', `${LETTERS[i]}. ${main(option.text)}`, other(option.text), 16));
        break;
      case 'truefalse':
        flow.item('○', `${l('true')}`, null, 16);
        flow.item('○', `${l('false')}`, null, 16);
        break;
      case 'ordering':
        presented.items.forEach((item, i) => flow.item(`${LETTERS[i]}.`, main(item.text), other(item.text), 16));
        flow.paragraph(`${l('orderingBlank')} ${presented.items.map(() => '____').join('  ')}`, { size: 10 }, 16);
        break;
      case 'matching': {
        const half = (width - 16) / 2 - 10;
        const rows = Math.max(presented.left.length, presented.right.length);
        for (let i = 0; i < rows; i++) {
          const left = presented.left[i];
          const right = presented.right[i];
          const leftText = left ? `${i + 1}. ${main(left.text)}  ____` : '';
          const rightText = right ? `${LETTERS[i]}. ${main(right.text)}` : '';
          const height = Math.max(canvas.paragraphHeight(leftText, half, { size: 10 }), canvas.paragraphHeight(rightText, half, { size: 10 }));
          flow.ensure(height);
          canvas.paragraph(leftText, MARGIN + 16, flow.y, half, { size: 10 });
          canvas.paragraph(rightText, MARGIN + 16 + half + 20, flow.y, half, { size: 10 });
          flow.space(height + 2);
        }
        break;
      }
      case 'hotspot': {
        const image = data.images[presented.image];
        if (image) drawPicture(canvas, flow, image, width - 32, 300);
        break;
      }
    }
    flow.space(8);
  });
}

function writeAnswerSheet(canvas: PdfCanvas, flow: FlowWriter, data: PaperTestData, l: Translate, language: Language) {
  const width = canvas.pageWidth - 2 * MARGIN;
  const answerArea = (presented: PresentedQuestion): string => {
    switch (presented.type) {
      case 'single':
        return presented.options.map((_, i) => `○ ${LETTERS[i]}`).join('    ');
      case 'multiple':
        return presented.options.map((_, i) => `□ ${LETTERS[i]}`).join('    ');
      case 'truefalse':
        return `○ ${translate(language, 'pdf', 'paper.trueShort')}    ○ ${translate(language, 'pdf', 'paper.falseShort')}`;
      case 'ordering':
        return presented.items.map(() => '____').join('  ');
      case 'matching':
        return presented.left.map((_, i) => `${i + 1} ____`).join('   ');
      case 'hotspot':
        return l('points', { count: presented.hotspotCount });
    }
  };
  flow.y = drawTable(
    canvas,
    {
      x: MARGIN,
      columns: [
        { header: l('question'), width: 56, align: 'center' },
        { header: l('answer'), width: width - 56 },
      ],
      size: 11,
      minRowHeight: 28,
      bottom: canvas.pageHeight - MARGIN - 14,
      startPage: () => MARGIN,
    },
    flow.y,
    data.questions.map(({ presented }, i) => ({ cells: [String(i + 1), answerArea(presented)] })),
  );
}

function writeAnswerKey(canvas: PdfCanvas, flow: FlowWriter, data: PaperTestData, l: Translate, main: (t: LocalizedText) => string, language: Language) {
  const width = canvas.pageWidth - 2 * MARGIN;
  flow.y = drawTable(
    canvas,
    {
      x: MARGIN,
      columns: [
        { header: l('question'), width: 46, align: 'center' },
        { header: l('answer'), width: 110, align: 'center' },
        { header: '', width: width - 156 },
      ],
      size: 9.5,
      minRowHeight: 22,
      bottom: canvas.pageHeight - MARGIN - 14,
      startPage: () => MARGIN,
    },
    flow.y,
    data.questions.map(({ question, presented }, i) => ({ cells: [String(i + 1), answerCode(question, presented, language), main(presented.prompt)], bold: false })),
  );
  flow.space(12);
  // Hotspot answers are places in a picture: show the picture with them outlined.
  data.questions.forEach(({ question }, i) => {
    if (question.type !== 'hotspot') return;
    const image = data.images[question.image];
    if (!image) return;
    flow.ensure(200);
    flow.paragraph(`${i + 1}. ${main(question.prompt)}`, { size: 10, bold: true });
    const svgBox = image.mediaType === 'image/svg+xml' ? svgSize(Buffer.from(image.bytes).toString('utf8')) : null;
    const at = drawPicture(canvas, flow, image, width - 32, 320);
    if (!at || !svgBox) return;
    const { doc } = canvas;
    doc.save().lineWidth(2.2).strokeColor('#d62d20');
    question.hotspots.forEach((spot, n) => {
      const area = spot.area;
      if (area.shape === 'circle') doc.circle(at.x + area.cx * at.scale, at.y + area.cy * at.scale, area.r * at.scale).stroke();
      else doc.rect(at.x + area.x * at.scale, at.y + area.y * at.scale, area.w * at.scale, area.h * at.scale).stroke();
      const labelX = at.x + (area.shape === 'circle' ? area.cx : area.x) * at.scale;
      const labelY = at.y + (area.shape === 'circle' ? area.cy - area.r : area.y) * at.scale - 11;
      canvas.text(String(n + 1), labelX, labelY, { size: 9, bold: true, color: '#d62d20' });
    });
    doc.restore();
    question.hotspots.forEach((spot, n) => flow.item(`${n + 1}.`, main(spot.label)));
  });
}
