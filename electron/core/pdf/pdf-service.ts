import { CertificateRenderer } from './certificate-renderer';
import { loadFaces, type FontFaces } from './font-faces';

/** The fonts, parsed once per process on first use, and the certificate renderer with its worker threads. */
export class PdfService {
  private loaded: FontFaces | undefined;
  private renderer: CertificateRenderer | undefined;

  constructor(readonly fontsDir: string) {}

  faces(): FontFaces {
    this.loaded ??= loadFaces(this.fontsDir);
    return this.loaded;
  }

  certificates(): CertificateRenderer {
    this.renderer ??= new CertificateRenderer(this.faces());
    return this.renderer;
  }

  /** Characters of these texts that no shipped face has; they would print as 〓. */
  unprintable(texts: Iterable<string>): string[] {
    const { fonts } = this.faces();
    const missing = new Set<string>();
    for (const text of texts) {
      for (const char of text.normalize('NFC')) {
        const cp = char.codePointAt(0)!;
        if (cp > 0x20 && !fonts['cjk-regular'].hasGlyphForCodePoint(cp) && !fonts['latin-regular'].hasGlyphForCodePoint(cp)) missing.add(char);
      }
    }
    return [...missing];
  }

  close(): void {
    this.renderer?.close();
  }
}
