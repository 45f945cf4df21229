import { AppError } from '../../../shared/api/result';
import type { FileBytes } from '../../../shared/api/bridge';
import type { CertificateLayout, CertificateSettings } from '../../../shared/domain/certificates';
import type { JobProgress } from '../../../shared/domain/jobs';
import { detectLanguage } from '../../../shared/i18n/detect-language';
import { translate } from '../../../shared/i18n/translate';
import type { JobRegistry } from '../jobs/job-registry';
import type { CertificateBatch } from '../pdf/certificate-batch';
import { certificateStrings } from '../pdf/certificate';
import type { PdfService } from '../pdf/pdf-service';
import { prepareImage } from '../pdf/prepared-image';
import { CertificateAuthority } from './certificate-authority';
import { CertificateIssuer, type IssuerDeps } from './certificate-issuer';
import { Countersigning } from './countersigning';
import { ProgrammeIssuer } from './programme-issuer';

/** A file name that is safe on every system and still says whose certificate it is. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').replace(/\s+/g, ' ').trim().slice(0, 120) || 'certificate';
}

/** Certificates as the API sees them: signing and verifying, issuing, settings, and batch export as a job. */
export class CertificateService {
  readonly authority: CertificateAuthority;
  readonly issuer: CertificateIssuer;
  readonly programmes: ProgrammeIssuer;
  readonly countersigning: Countersigning;

  constructor(
    private readonly deps: Omit<IssuerDeps, 'authority'> & { dataDir: string },
    private readonly pdf: PdfService,
    private readonly jobs: JobRegistry,
  ) {
    this.authority = new CertificateAuthority(deps.db, deps.dataDir, deps.settings, (id) => {
      const pack = deps.content.list().find((p) => p.meta.id === id);
      return pack ? pack.meta.title : null;
    });
    this.issuer = new CertificateIssuer({ ...deps, authority: this.authority });
    this.programmes = new ProgrammeIssuer({ ...deps, authority: this.authority }, this.issuer);
    this.countersigning = new Countersigning(this.authority, this.issuer, deps.settings);
  }

  settings(): CertificateSettings {
    const { settings } = this.deps;
    const logo = settings.get('organisation_logo');
    return {
      organisationName: settings.get('organisation_name') ?? '',
      keyHolderName: settings.get('key_holder_name') ?? '',
      logo: logo ? new Uint8Array(Buffer.from(logo, 'base64')) : null,
      prefix: this.authority.prefix(),
      ownKey: this.authority.ownKeySummary(),
      trustedKeys: this.authority.trustedKeys.list(),
      trainers: this.deps.trainers.signatures(),
    };
  }

  saveSettings(organisationName: string, keyHolderName: string | undefined, logo: Uint8Array | null | undefined): CertificateSettings {
    if (logo && !prepareImage(logo)) throw new AppError('IMAGE_INVALID');
    this.deps.db.transaction(() => {
      this.deps.settings.set('organisation_name', organisationName);
      if (keyHolderName !== undefined) this.deps.settings.set('key_holder_name', keyHolderName);
      if (logo !== undefined) this.deps.settings.set('organisation_logo', logo ? Buffer.from(logo).toString('base64') : '');
    })();
    return this.settings();
  }

  setTrainerSignature(trainerName: string, image: Uint8Array | null): CertificateSettings {
    if (image && !prepareImage(image)) throw new AppError('IMAGE_INVALID');
    this.deps.trainers.setSignature(trainerName, image);
    return this.settings();
  }

  setTrainerTitle(trainerName: string, title: string): CertificateSettings {
    this.deps.trainers.setTitle(trainerName, title);
    return this.settings();
  }

  /** Starts rendering the issued certificates of these workshops; the job's files are PDFs ready to save. */
  startExport(workshopIds: string[], participantIds: string[] | undefined, layout: CertificateLayout): JobProgress {
    const batch = this.issuer.batch(workshopIds, participantIds);
    const language = detectLanguage(this.deps.settings.get('language'), []);
    const title =
      workshopIds.length === 1 ? this.deps.workshops.require(workshopIds[0]!).title : translate(language, 'pdf', 'certificate.programme', { count: workshopIds.length });
    return this.startRendering(batch, title, layout);
  }

  /** The same for the issued certificates of a programme. */
  startProgrammeExport(programmeId: string, layout: CertificateLayout): JobProgress {
    return this.startRendering(this.programmes.batch(programmeId), this.programmes.programmes.require(programmeId).title, layout);
  }

  private startRendering(batch: CertificateBatch, title: string, layout: CertificateLayout): JobProgress {
    if (batch.prints.length === 0) throw new AppError('NO_CERTIFICATES');
    const unprintable = this.pdf.unprintable(batch.prints.flatMap(certificateStrings));
    const language = detectLanguage(this.deps.settings.get('language'), []);
    const renderer = this.pdf.certificates();
    return this.jobs.start(async (control) => {
      control.setTotal(batch.prints.length);
      const options = { signal: control.signal, onProgress: (done: number) => control.setDone(done) };
      let files: FileBytes[];
      if (layout === 'one-per-person') {
        const pdfs = await renderer.renderSeparate(batch, options);
        files = pdfs.map((bytes, i) => ({ name: `${safeFileName(`${batch.prints[i]!.number} ${batch.prints[i]!.participantName}`)}.pdf`, bytes }));
      } else {
        const bytes = await renderer.renderCombined(batch, title, options);
        files = [{ name: `${safeFileName(translate(language, 'pdf', 'certificate.combinedFile', { title }))}.pdf`, bytes }];
      }
      return { files, unprintable };
    });
  }
}
