import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CertificatePrint } from '../../shared/domain/certificates';
import { encodeClaims, formatCode, signedMessage } from '../../electron/core/certificates/certificate-code';
import { SigningKey } from '../../electron/core/certificates/signing-key';
import { writeFileAtomically } from '../../electron/core/files/write-atomically';
import { CertificateRenderer } from '../../electron/core/pdf/certificate-renderer';
import { loadFaces } from '../../electron/core/pdf/font-faces';
import { prepareImage } from '../../electron/core/pdf/prepared-image';
import { sampleClaims, samplePrint } from '../../tests/unit/pdf/sample-certificate';
import { sampleLogo, sampleSignature } from '../../tests/unit/pdf/sample-images';

const COUNT = 500;
const FAMILY = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '欧阳', '司马'];
const GIVEN = ['喆', '堃', '珺', '昇', '芳', '伟', '秀英', '建国', '婧', '璟', '翀', '淼'];
const LATIN = ['Łukasz Żółkiewski', 'María José Núñez', 'Søren Østergård', 'Zoë Brontë-Müller', 'François Lefèvre', 'Ngô Bảo Châu'];

function sampleName(i: number): string {
  return i % 7 === 6 ? LATIN[i % LATIN.length]! : `${FAMILY[i % FAMILY.length]}${GIVEN[(i * 5) % GIVEN.length]}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** `npm run bench`: 500 certificates one PDF each, then the same 500 as one combined file. */
export async function benchCertificates(dataDir: string): Promise<string[]> {
  const lines: string[] = [];
  let started = performance.now();
  const faces = loadFaces(resolve(__dirname, '..', 'resources', 'fonts'));
  lines.push(`load and parse the 4 font faces (once per process): ${(performance.now() - started).toFixed(0)} ms`);

  started = performance.now();
  const key = SigningKey.loadOrCreate(dataDir);
  const logo = prepareImage(sampleLogo())!;
  const signature = prepareImage(sampleSignature())!;
  const prints: CertificatePrint[] = Array.from({ length: COUNT }, (_, i) => {
    const claims = sampleClaims('K7QM2X', i, sampleName(i));
    const payload = encodeClaims(key.keyId, claims);
    return samplePrint(claims, formatCode(payload, key.sign(signedMessage(payload))), { logo: logo.key, signature: signature.key });
  });
  const batch = { prints, images: { [logo.key]: logo, [signature.key]: signature } };
  lines.push(`sign ${COUNT} certificate codes (Ed25519): ${(performance.now() - started).toFixed(0)} ms`);

  const renderer = new CertificateRenderer(faces);
  try {
    started = performance.now();
    const pdfs = await renderer.renderSeparate(batch);
    const renderMs = performance.now() - started;
    const out = join(dataDir, 'certificates');
    mkdirSync(out);
    pdfs.forEach((pdf, i) => writeFileAtomically(join(out, `${prints[i]!.number}.pdf`), pdf));
    const totalMs = performance.now() - started;
    const sizes = pdfs.map((pdf) => pdf.length);
    lines.push(
      `${COUNT} individual certificates: ${seconds(renderMs)} to render (font subset + ${renderer.workerMode()}), ${seconds(totalMs)} with writing the files`,
      `  per certificate: ${kb(sizes.reduce((a, b) => a + b, 0) / sizes.length)} average, ${kb(Math.max(...sizes))} largest`,
    );

    started = performance.now();
    const combined = await renderer.renderCombined(batch, 'Certificates');
    lines.push(`one combined ${COUNT}-page file: ${seconds(performance.now() - started)}, ${kb(combined.length)} (${kb(combined.length / COUNT)} per page)`);
  } finally {
    renderer.close();
  }
  return lines;
}
