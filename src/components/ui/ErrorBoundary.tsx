import { Component, type ReactNode } from 'react';
import { PartFailed } from './PartFailed';

interface Props {
  /** What the reader loses if this part fails, e.g. "the map": used in the fallback message. */
  part: string;
  /** When this value changes the part is tried again, e.g. after choosing another economy. */
  resetKey?: unknown;
  /** Replaces the default message, e.g. the map falls back to a table of the same data. */
  fallback?: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * Keeps a failing part of the page from taking the rest down: the map, the panel and each chart
 * sit in their own boundary, so the others stay usable and the failed one says so and offers a
 * retry. React still reports the caught error on the console.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  private retry = () => this.setState({ error: null });

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.fallback) return this.props.fallback(error, this.retry);
    return <PartFailed part={this.props.part} message={error.message} onRetry={this.retry} />;
  }
}
