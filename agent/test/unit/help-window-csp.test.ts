// The help window's Content-Security-Policy, as its page declares it (the page is a file, so there
// is no server to send one): only the app's own script and styles, nothing fetched, nothing framed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGE = join(import.meta.dirname, '..', '..', 'src', 'renderer', 'index.html');

/** The policy of the page's CSP meta tag, directive name → its sources. */
function declaredPolicy(html: string): Map<string, string[]> {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(
    html,
  )?.[1];
  if (!content) throw new Error('the page declares no Content-Security-Policy');
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('help window Content-Security-Policy', () => {
  const policy = declaredPolicy(readFileSync(PAGE, 'utf8'));

  it('allows nothing by default, and scripts and styles only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    // The picture arrives from main as a data: URL; nothing else comes from outside.
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(["'none'"]);
  });

  it('closes the side doors: plugins, <base>, form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    const everySource = [...policy.values()].flat();
    expect(everySource.filter((source) => /unsafe|\*|https?:/.test(source))).toEqual([]);
  });
});
