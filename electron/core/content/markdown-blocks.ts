/** Blank lines separate blocks; the side-by-side reader pairs block i of each language. */
export function splitBlocks(markdown: string): string[] {
  return markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

const GLOSSARY_LINK = /\]\(glossary:([a-z0-9-]+)\)/g;
const IMAGE_LINK = /!\[[^\]]*\]\(([^)\s]+)\)/g;

export function glossaryLinks(block: string): string[] {
  return [...block.matchAll(GLOSSARY_LINK)].map((m) => m[1]!);
}

export function imageLinks(block: string): string[] {
  return [...block.matchAll(IMAGE_LINK)].map((m) => m[1]!);
}
