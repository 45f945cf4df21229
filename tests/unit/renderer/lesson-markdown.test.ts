// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { imagePaths, renderLessonBlock } from '../../../renderer/screens/learn/lesson-markdown';
import { routeHref } from '../../../renderer/routes';

const env = { moduleId: 'osh', images: { 'images/ladder.png': 'data:image/png;base64,AAAA' } };

/** The block as the lesson screen puts it into the page. */
function rendered(markdown: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderLessonBlock(markdown, env);
  return host;
}

describe('lesson Markdown', () => {
  it('takes the target off every link that would leave the app, however it is written', () => {
    const host = rendered(
      [
        '[site](https://example.com/a) and [script](javascript:alert(1)) and <https://example.com/auto>',
        'and [ref][r] and [mail](mailto:a@example.com) and [file](file:///etc/passwd)',
        '',
        '[r]: https://example.com/reference',
      ].join('\n'),
    );
    const links = [...host.querySelectorAll('a')];
    // markdown-it itself leaves javascript: and file: links as text; the other four become bare anchors.
    expect(links).toHaveLength(4);
    expect(host.textContent).toContain('[script](javascript:alert(1))');
    for (const link of links) expect(link.attributes).toHaveLength(0);
    expect(host.querySelectorAll('[href], [src]')).toHaveLength(0);
  });

  it('never lets raw HTML or script through', () => {
    const host = rendered('Hello <script>alert(1)</script> <img src=x onerror="alert(1)"> <a href="https://example.com">x</a>');
    expect(host.querySelector('script')).toBeNull();
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('a')).toBeNull();
    expect(host.textContent).toContain('<script>');
  });

  it('turns glossary links into buttons for the pop-up and lesson links into routes inside the app', () => {
    const host = rendered('See [PPE](glossary:ppe) and [the next lesson](lesson:ladders).');
    const [term, lesson] = [...host.querySelectorAll('a')];
    expect(term!.getAttribute('data-term')).toBe('ppe');
    expect(term!.getAttribute('role')).toBe('button');
    expect(term!.getAttribute('href')).toBe('#');
    expect(lesson!.getAttribute('href')).toBe(routeHref('learn', 'osh', 'lesson', 'ladders'));
  });

  it('shows only images the pack provides, and a labelled placeholder for the rest', () => {
    const host = rendered('![A ladder](images/ladder.png) ![Missing "one"](https://example.com/x.png)');
    const images = host.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    const placeholder = host.querySelector('.placeholder');
    expect(placeholder!.getAttribute('aria-label')).toBe('Missing "one"');
    expect(host.innerHTML).not.toContain('example.com');
  });

  it('lists each image a lesson uses once', () => {
    expect(imagePaths(['![a](images/a.png) ![b](images/b.png)', '![a again](images/a.png)'])).toEqual(['images/a.png', 'images/b.png']);
  });
});
