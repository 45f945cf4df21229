import type { CertificatePrint } from '../../../shared/domain/certificates';
import { translate } from '../../../shared/i18n/translate';
import { formatDate, formatDateRange, formatNumber } from './format';
import { ACCENT, INK, MUTED, PRIMARY } from './palette';
import type { PdfCanvas } from './pdf-canvas';
import type { PreparedImage } from './prepared-image';

type PrintedModule = CertificatePrint['modules'][number];

/** A4 landscape. */
const WIDTH = 841.89;
const HEIGHT = 595.28;
const NAME_BOX = 600;
const NAME_MAX = 40;
/** Below this on one line, two lines at a larger size read better. */
const NAME_ONE_LINE_MIN = 22;
const NAME_MIN = 12;
const PROGRAMME_LINE = 440;

/** The code printed under the QR code, in groups of four for anyone who types it. */
export function groupedCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Every string a certificate prints, computed before drawing: the batch subsets its fonts from exactly these,
 * and drawing uses nothing else.
 */
export function certificateText(print: CertificatePrint) {
  const zh = (key: string, values?: Record<string, string | number>) => translate('zh-CN', 'pdf', `certificate.${key}`, values);
  const en = (key: string, values?: Record<string, string | number>) => translate('en', 'pdf', `certificate.${key}`, values);
  const datesZh = (m: PrintedModule) => `${zh('dates', { dates: formatDateRange('zh-CN', m.startDate, m.endDate) })}\u3000${zh('hours', { hours: formatNumber('zh-CN', m.hours) })}`;
  const datesEn = (m: PrintedModule) => `${en('dates', { dates: formatDateRange('en', m.startDate, m.endDate) })}; ${en('hours', { hours: formatNumber('en', m.hours) })}`;
  const first = print.modules[0]!;
  const programme = print.programmeTitle !== null;
  return {
    titleZh: zh('title'),
    titleEn: en('title'),
    certifies: `${zh('certifies')}  ${en('certifies')}`,
    name: print.participantName.trim(),
    completed: programme ? `${zh('completedProgramme')}  ${en('completedProgramme')}` : `${zh('completed')}  ${en('completed')}`,
    // A programme certificate prints its title, then one line pair per module; a workshop's, the module and dates.
    moduleZh: print.programmeTitle ?? first.title['zh-CN'],
    moduleEn: programme ? '' : first.title.en,
    datesZh: programme ? '' : datesZh(first),
    datesEn: programme ? '' : datesEn(first),
    programmeLines: programme ? print.modules.flatMap((m) => [`${m.title['zh-CN']}\u3000${datesZh(m)}`, `${m.title.en} · ${datesEn(m)}`]) : [],
    numberZh: zh('number', { number: print.number }),
    numberEn: en('number', { number: print.number }),
    signerNames: print.signers.map((signer) => signer.name),
    // A signer's own title (co-trainer, labour inspector) replaces the generic label.
    signerTitles: print.signers.map((signer) => signer.title),
    replacesZh: print.replaces ? zh('replaces', { number: print.replaces }) : '',
    replacesEn: print.replaces ? en('replaces', { number: print.replaces }) : '',
    trainerLabel: `${zh('trainer')}  ${en('trainer')}`,
    organisation: print.organisationName,
    issuedZh: zh('issued', { date: formatDate('zh-CN', print.issuedOn) }),
    issuedEn: en('issued', { date: formatDate('en', print.issuedOn) }),
    scan: `${zh('scan')}  ${en('scan')}`,
    code: groupedCode(print.verificationCode),
  };
}

export function certificateStrings(print: CertificatePrint): string[] {
  return Object.values(certificateText(print)).flat();
}

/**
 * The name as large as it fits: one line down to NAME_ONE_LINE_MIN, then two lines, then as many lines as it
 * takes at NAME_MIN. It never runs past the box.
 */
function fitName(canvas: PdfCanvas, name: string): { size: number; lines: string[] } {
  const single = canvas.type.fitSize(name, NAME_BOX, NAME_MAX, NAME_MIN, true);
  if (single >= NAME_ONE_LINE_MIN && canvas.type.width(name, single, true) <= NAME_BOX) return { size: single, lines: [name] };
  for (let size = 28; size > NAME_MIN; size -= 1) {
    const lines = canvas.type.wrap(name, NAME_BOX, size, true);
    if (lines.length <= 2) return { size, lines };
  }
  return { size: NAME_MIN, lines: canvas.type.wrap(name, NAME_BOX, NAME_MIN, true) };
}

/** Left edge of each signature block; each is 220 wide. */
const SIGNATURE_SLOTS = [70, 316];

function drawSignatureBlock(canvas: PdfCanvas, name: string, label: string, x: number, image: PreparedImage | undefined): void {
  if (image) canvas.image(image, x + 10, 430, { width: 200, height: 58 });
  canvas.doc.save().lineWidth(0.75).strokeColor(INK).moveTo(x, 492).lineTo(x + 220, 492).stroke().restore();
  const size = canvas.type.fitSize(name, 220, 12, 7, true);
  canvas.text(name, x, 498, { size, bold: true, align: 'center' }, 220);
  canvas.text(label, x, 516, { size: canvas.type.fitSize(label, 220, 9, 6, false), color: MUTED, align: 'center' }, 220);
}

/** Draws one certificate on the canvas's current page (A4 landscape). */
export function drawCertificate(canvas: PdfCanvas, print: CertificatePrint, images: ReadonlyMap<string, PreparedImage>): void {
  const text = certificateText(print);
  const { doc } = canvas;
  const centre = (line: string, y: number, size: number, bold = false, color = INK) =>
    canvas.text(line, 0, y, { size, bold, color, align: 'center' }, WIDTH);

  doc.save();
  doc.lineWidth(2.5).strokeColor(PRIMARY).rect(22, 22, WIDTH - 44, HEIGHT - 44).stroke();
  doc.lineWidth(0.75).strokeColor(ACCENT).rect(30, 30, WIDTH - 60, HEIGHT - 60).stroke();
  doc.restore();

  const logo = print.organisationLogoImage ? images.get(print.organisationLogoImage) : undefined;
  if (logo) canvas.image(logo, 56, 50, { width: 130, height: 56 });
  canvas.text(text.numberZh, WIDTH - 356, 52, { size: 9, color: MUTED, align: 'right' }, 300);
  canvas.text(text.numberEn, WIDTH - 356, 65, { size: 9, color: MUTED, align: 'right' }, 300);

  centre(text.titleZh, 96, 34, true, PRIMARY);
  centre(text.titleEn, 144, 17, false, PRIMARY);
  centre(text.certifies, 186, 11, false, MUTED);

  const { size: nameSize, lines: nameLines } = fitName(canvas, text.name);
  const nameLineHeight = nameSize * 1.2;
  const nameTop = 236 - (nameLines.length * nameLineHeight) / 2;
  nameLines.forEach((line, i) => centre(line, nameTop + i * nameLineHeight, nameSize, true));
  doc.save().lineWidth(0.75).strokeColor(ACCENT).moveTo((WIDTH - 420) / 2, 272).lineTo((WIDTH + 420) / 2, 272).stroke().restore();

  centre(text.completed, 284, 11, false, MUTED);
  let y = 306;
  for (const [line, max, bold] of [[text.moduleZh, 20, true], [text.moduleEn, 15, false]] as const) {
    if (!line) continue;
    const size = canvas.type.fitSize(line, 640, max, 9, bold);
    const lines = canvas.type.wrap(line, 640, size, bold);
    lines.forEach((part) => {
      centre(part, y, size, bold);
      y += size * 1.3;
    });
    y += 4;
  }
  if (text.programmeLines.length > 0) {
    // Up to MAX_MODULES pairs end above the signature images at 430; kept within PROGRAMME_LINE wide so that the
    // last ones, centred, stop short of the QR code's left edge (642).
    y += 2;
    for (let i = 0; i < text.programmeLines.length; i += 2) {
      centre(text.programmeLines[i]!, y, canvas.type.fitSize(text.programmeLines[i]!, PROGRAMME_LINE, 10, 5, false));
      centre(text.programmeLines[i + 1]!, y + 12, canvas.type.fitSize(text.programmeLines[i + 1]!, PROGRAMME_LINE, 8, 4, false), false, MUTED);
      y += 24;
    }
  } else {
    centre(text.datesZh, Math.max(y + 6, 372), 11);
    centre(text.datesEn, Math.max(y + 22, 388), 10, false, MUTED);
  }

  if (text.replacesZh) {
    canvas.text(text.replacesZh, WIDTH - 356, 78, { size: 8, color: MUTED, align: 'right' }, 300);
    canvas.text(text.replacesEn, WIDTH - 356, 90, { size: 8, color: MUTED, align: 'right' }, 300);
  }

  // Signature blocks along the bottom: the first on the left, a co-signer in the centre.
  print.signers.forEach((signer, i) => drawSignatureBlock(canvas, text.signerNames[i]!, text.signerTitles[i] || text.trainerLabel, SIGNATURE_SLOTS[i]!, signer.signatureImage ? images.get(signer.signatureImage) : undefined));

  // Organisation and issue date: centre bottom, or in the header when a co-signer takes the centre.
  const twoSigners = print.signers.length > 1;
  const [orgX, orgY, orgWidth, issuedY] = twoSigners ? [200, 46, 280, 70] : [306, 462, 230, 498];
  const orgSize = canvas.type.fitSize(text.organisation, orgWidth, twoSigners ? 11 : 13, 8, true);
  canvas.type.wrap(text.organisation, orgWidth, orgSize, true).slice(0, twoSigners ? 1 : 2).forEach((line, i) => {
    canvas.text(line, orgX, orgY + i * orgSize * 1.25, { size: orgSize, bold: true, align: 'center' }, orgWidth);
  });
  canvas.text(text.issuedZh, orgX, issuedY, { size: 9, color: MUTED, align: 'center' }, orgWidth);
  canvas.text(text.issuedEn, orgX, issuedY + 13, { size: 9, color: MUTED, align: 'center' }, orgWidth);

  // Verification, right: the QR code, and the same code in print for typing.
  canvas.qr(print.verificationCode, 642, 408, 118);
  canvas.text(text.scan, 602, 526, { size: 8, color: MUTED, align: 'center' }, 198);
  const codeSize = canvas.type.fitSize(text.code, WIDTH - 120, 6.5, 4, false);
  canvas.type.wrap(text.code, WIDTH - 120, codeSize).forEach((line, i) => {
    canvas.text(line, 60, 544 + i * codeSize * 1.3, { size: codeSize, color: MUTED, align: 'center' }, WIDTH - 120);
  });
}
