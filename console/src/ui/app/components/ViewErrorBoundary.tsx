import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from 'react-aria-components';

type Props = {
  /** Where the reader is: going somewhere else gives the new page its own chance. */
  place: string;
  children: ReactNode;
};

type State = { error: Error | null; place: string };

/**
 * Catches what a view throws while drawing (data the console cannot read, a bug), so that one
 * broken page says so in a sentence and the sidebar, the top bar and every other page keep
 * working, instead of React unmounting the whole console to a blank window.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, place: this.props.place };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // A new place starts clean; the same place keeps its error until "Try again".
    return props.place === state.place ? null : { error: null, place: props.place };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the browser's console to report it; the page shows the short version.
    console.error('A view could not be drawn', error, info.componentStack);
  }

  private readonly tryAgain = () => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ViewFailed error={error} onTryAgain={this.tryAgain} />;
  }
}

/** What a page that failed to draw shows instead: what happened, in words, and a way to retry. */
export function ViewFailed({ error, onTryAgain }: { error: Error; onTryAgain: () => void }) {
  return (
    <div className="page view-failed" role="alert" data-testid="view-failed">
      <h1>This page could not be shown</h1>
      <p>
        The console could not read something on it ({error.name}: {error.message || 'no details'}).
        The rest of the console still works: try again, or go to another page.
      </p>
      <Button className="button" onPress={onTryAgain}>
        Try again
      </Button>
    </div>
  );
}
