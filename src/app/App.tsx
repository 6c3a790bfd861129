import { Component, useEffect, useState, type ReactNode } from "react";
import type { Locale } from "../i18n/locales.ts";
import type { Messages } from "../i18n/messages/types.ts";
import { useTimeline } from "./data/useTimeline.ts";
import { explorerChunk, type ExplorerComponent } from "./explorerChunk.ts";
import { I18nProvider } from "./i18n/I18nProvider.tsx";
import { useI18n } from "./i18n/useI18n.ts";

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

/** What the app starts from, as the browser mounts it or the build prerenders it. */
export interface AppProps {
  /** The interface language it opens in (see negotiateLocale); the reader can switch. */
  readonly locale: Locale;
  /** The explorer, when its chunk is already in. */
  readonly explorer: ExplorerComponent | null;
  /** Whether the first render must match the page prerendered at build time. */
  readonly prerendered: boolean;
}

/**
 * The app in the reader's language: the explorer once the timeline is in, a skeleton before,
 * an error with retry if it fails.
 */
export function App(props: AppProps) {
  return (
    <I18nProvider initial={props.locale}>
      <Shell explorer={props.explorer} prerendered={props.prerendered} />
    </I18nProvider>
  );
}

function Shell(props: Omit<AppProps, "locale">) {
  const { messages } = useI18n();
  const { data, error, isPending, refetch, isFetching } = useTimeline();
  const Explorer = useExplorer(props.explorer);
  if (error)
    return (
      <LoadError
        lead={messages.shell.cannotLoad}
        detail={error.message}
        retrying={isFetching}
        onRetry={() => void refetch()}
      />
    );
  if (data && Explorer) {
    return (
      <Invalid messages={messages}>
        {/* A module export, loaded once: its identity never changes, so React keeps its state. */}
        {/* eslint-disable-next-line react-hooks/static-components */}
        <Explorer timeline={data} prerendered={props.prerendered} />
      </Invalid>
    );
  }
  return isPending || !Explorer ? <Skeleton /> : null;
}

function LoadError(props: {
  readonly lead: string;
  /** What went wrong, as the code says it: in English. */
  readonly detail: string;
  readonly retrying: boolean;
  readonly onRetry: () => void;
}) {
  const { messages } = useI18n();
  return (
    <main className="state">
      <h1>Exitline</h1>
      <div role="alert">
        <p>
          {props.lead}{" "}
          <span lang="en" dir="ltr">
            {props.detail}
          </span>
        </p>
        <button type="button" onClick={props.onRetry} disabled={props.retrying}>
          {messages.shell.retry}
        </button>
      </div>
    </main>
  );
}

/** If drawing fails, a message with a way out rather than a blank page. */
class Invalid extends Component<
  { readonly messages: Messages; readonly children: ReactNode },
  { readonly message: string | null }
> {
  state = { message: null };
  static getDerivedStateFromError(error: Error) {
    return { message: error.message };
  }
  render() {
    return this.state.message ? (
      <LoadError
        lead={this.props.messages.shell.cannotShow}
        detail={this.state.message}
        retrying={false}
        onRetry={() => window.location.reload()}
      />
    ) : (
      this.props.children
    );
  }
}

function Skeleton() {
  const { messages } = useI18n();
  return (
    <div className="explorer skeleton" aria-busy="true">
      <header className="toolbar">
        <h1>Exitline</h1>
        <p role="status">{messages.shell.loading}</p>
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
