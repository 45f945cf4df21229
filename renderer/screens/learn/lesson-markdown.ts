import MarkdownIt from 'markdown-it';
import { routeHref } from '../../routes';

interface RenderEnv {
  moduleId: string;
  images: Record<string, string>;
}

// Raw HTML is off: lesson text can never inject markup or script, whatever a pack contains.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const envOf = (env: unknown) => env as RenderEnv;

markdown.renderer.rules.image = (tokens, index, _options, env) => {
  const token = tokens[index]!;
  const src = envOf(env).images[token.attrGet('src') ?? ''];
  const alt = markdown.utils.escapeHtml(token.content);
  return src ? `<img src="${src}" alt="${alt}" class="lesson-image" />` : `<span class="lesson-image placeholder" role="img" aria-label="${alt}"></span>`;
};

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));

/**
 * Glossary links become buttons for the pop-up and lesson links become routes inside the app. Any other link,
 * however it was written (reference-style, autolink), loses its target: nothing in a lesson leaves the app.
 */
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  const href = String(token.attrGet('href') ?? '');
  if (href.startsWith('glossary:')) {
    token.attrs = [['class', 'term'], ['href', '#'], ['data-term', href.slice('glossary:'.length)], ['role', 'button']];
  } else if (href.startsWith('lesson:')) {
    token.attrs = [['href', routeHref('learn', envOf(env).moduleId, 'lesson', href.slice('lesson:'.length))]];
  } else {
    token.attrs = [];
  }
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderLessonBlock(block: string, env: RenderEnv): string {
  return markdown.render(block, { ...env });
}

export function imagePaths(blocks: readonly string[]): string[] {
  return [...new Set(blocks.flatMap((block) => [...block.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!)))];
}
