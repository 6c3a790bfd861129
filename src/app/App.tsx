import { Component, useEffect, useState, type ReactNode } from "react";
import { useTimeline } from "./data/useTimeline.ts";
import { explorerChunk, type ExplorerComponent } from "./explorerChunk.ts";

// The chunk is held in state, not React.lazy: a Suspense reveal is throttled by ~300 ms, which
// would delay the first view.
function useExplorer(ready: ExplorerComponent | null): ExplorerComponent | null {
  const [component, setComponent] = useState<ExplorerComponent | null>(() => ready);
  useEffect(() => {
    let live = true;
    void explorerChunk.then((explorer) => live && setComponent(() => explorer));
    return () => {
      live = false;
    };
  }, []);
  return component;
}

/** The app: the explorer once the timeline is in, a skeleton before, an error with retry if it fails. */
export function App(props: {
  /** The explorer, when its chunk is already in. */
  readonly explorer: ExplorerComponent | null;
  /** Whether the first render must match the page prerendered at build time. */
  readonly prerendered: boolean;
}) {
  const { data, error, isPending, refetch, isFetching } = useTimeline();
  const Explorer = useExplorer(props.explorer);
  if (error)
    return (
      <LoadError message={error.message} retrying={isFetching} onRetry={() => void refetch()} />
    );
  if (data && Explorer) {
    return (
      <Invalid>
        {/* A module export, loaded once: its identity never changes, so React keeps its state. */}
        {/* eslint-disable-next-line react-hooks/static-components */}
        <Explorer timeline={data} prerendered={props.prerendered} />
      </Invalid>
    );
  }
  return isPending || !Explorer ? <Skeleton /> : null;
}

function LoadError(props: {
  readonly message: string;
  readonly retrying: boolean;
  readonly onRetry: () => void;
}) {
  return (
    <main className="state">
      <h1>Exitline</h1>
      <div role="alert">
        <p>{props.message}</p>
        <button type="button" onClick={props.onRetry} disabled={props.retrying}>
          Retry
        </button>
      </div>
    </main>
  );
}

/** If drawing fails, a message with a way out rather than a blank page. */
class Invalid extends Component<
  { readonly children: ReactNode },
  { readonly message: string | null }
> {
  state = { message: null };
  static getDerivedStateFromError(error: Error) {
    return { message: `The dataset could not be shown: ${error.message}` };
  }
  render() {
    return this.state.message ? (
      <LoadError
        message={this.state.message}
        retrying={false}
        onRetry={() => window.location.reload()}
      />
    ) : (
      this.props.children
    );
  }
}

function Skeleton() {
  return (
    <div className="explorer skeleton" aria-busy="true">
      <header className="toolbar">
        <h1>Exitline</h1>
        <p role="status">Loading events…</p>
      </header>
      <div className="filters" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="bone" />
        ))}
      </div>
      <main className="main" aria-hidden="true">
        <div className="bone tall" />
      </main>
    </div>
  );
}
