import { lazy, Suspense } from "react";
import { useDataset } from "./useDataset.ts";

// The explorer (and d3) is a chunk of its own, requested as this module loads, so it downloads
// while the dataset does: the first paint needs only React and this shell.
const explorer = import("./Explorer.tsx");
const Explorer = lazy(() => explorer.then((m) => ({ default: m.Explorer })));

/** The app: the explorer once the dataset is in, a skeleton before, an error with retry if it fails. */
export function App() {
  const { data, error, isPending, refetch, isFetching } = useDataset();
  if (data) {
    return (
      <Suspense fallback={<Skeleton />}>
        <Explorer dataset={data} />
      </Suspense>
    );
  }
  if (error) {
    return (
      <main className="state">
        <h1>Exitline</h1>
        <div role="alert">
          <p>{error.message}</p>
          <button type="button" onClick={() => void refetch()} disabled={isFetching}>
            Retry
          </button>
        </div>
      </main>
    );
  }
  return isPending ? <Skeleton /> : null;
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
