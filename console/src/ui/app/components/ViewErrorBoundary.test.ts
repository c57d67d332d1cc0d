import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ViewErrorBoundary, ViewFailed } from './ViewErrorBoundary.tsx';

// Without a DOM in unit tests, the boundary is driven through the steps React takes: an error
// thrown below it becomes its state, its render shows the failure, and a new place clears it.

const page = createElement('p', null, 'The page itself');

function boundaryAt(place: string): ViewErrorBoundary {
  return new ViewErrorBoundary({ place, children: page });
}

const markupOf = (node: ReturnType<ViewErrorBoundary['render']>) =>
  renderToStaticMarkup(createElement('div', null, node));

describe('ViewErrorBoundary', () => {
  it('shows its view until the view throws, then says so in a sentence with a way to retry', () => {
    const boundary = boundaryAt('devices/1');
    expect(markupOf(boundary.render())).toBe('<div><p>The page itself</p></div>');

    const thrown = new RangeError('Invalid time value');
    boundary.state = { ...boundary.state, ...ViewErrorBoundary.getDerivedStateFromError(thrown) };
    const shown = markupOf(boundary.render());
    expect(shown).toContain('This page could not be shown');
    expect(shown).toContain('(RangeError: Invalid time value)');
    expect(shown).toContain('The rest of the console still works');
    expect(shown).toContain('Try again');
    expect(shown).toContain('role="alert"');
    expect(shown).not.toContain('The page itself');
  });

  it('keeps something to say when what was thrown is not an Error', () => {
    const state = ViewErrorBoundary.getDerivedStateFromError('a bare string');
    expect(state.error).toBeInstanceOf(Error);
    expect(state.error?.message).toBe('a bare string');
  });

  it('gives a new place a fresh start and keeps the failure at the same place', () => {
    const failed = { error: new Error('broken'), place: 'devices/1' };
    expect(
      ViewErrorBoundary.getDerivedStateFromProps({ place: 'devices/1', children: page }, failed),
    ).toBeNull();
    expect(
      ViewErrorBoundary.getDerivedStateFromProps({ place: 'hardware', children: page }, failed),
    ).toEqual({ error: null, place: 'hardware' });
  });

  it('says there are no details when the error has no message', () => {
    const shown = renderToStaticMarkup(
      createElement(ViewFailed, { error: new TypeError(''), onTryAgain: () => undefined }),
    );
    expect(shown).toContain('(TypeError: no details)');
  });
});
