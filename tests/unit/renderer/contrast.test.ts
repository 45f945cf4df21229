import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = resolve(import.meta.dirname, '../../../renderer');
const stylesheets = [join(RENDERER, 'styles.css'), ...readdirSync(join(RENDERER, 'styles')).map((name) => join(RENDERER, 'styles', name))];
const css = stylesheets.map((path) => readFileSync(path, 'utf8')).join('\n');
const variables = Object.fromEntries([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));

/** A colour as #rrggbb, from a variable or written out (#fff too). */
function colour(value: string): string {
  const variable = /var\(--([\w-]+)\)/.exec(value);
  const hex = variable ? variables[variable[1]!]! : value.trim();
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colour contrast of the stylesheets', () => {
  it('draws every focus ring at 3:1 or more against white, the canvas and the pale blue (WCAG 1.4.11)', () => {
    const rings = [...css.matchAll(/outline:\s*\d+px solid ([^;}]+)/g)].map((m) => m[1]!.trim()).filter((value) => !value.includes('soft'));
    expect(rings.length).toBeGreaterThan(0);
    for (const ring of rings) {
      for (const background of ['#ffffff', variables.canvas!, variables['primary-soft']!]) {
        expect(contrast(colour(ring), background), `${ring} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('gives every attendance chip text of 4.5:1 or more against its colour (WCAG 1.4.3)', () => {
    const chips = [...css.matchAll(/\.mark\.(\w+) \{ background: ([^;]+); border: 0; color: ([^;]+); \}/g)];
    expect(chips.map((m) => m[1])).toEqual(['present', 'late', 'excused', 'absent']);
    for (const [, status, background, text] of chips) expect(contrast(colour(background!), colour(text!)), status).toBeGreaterThanOrEqual(4.5);
  });
});
