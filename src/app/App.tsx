import { EventList } from "./EventList.tsx";
import { useDataset } from "./useDataset.ts";

/** The page: the dataset's events, or why they are not there. */
export function App() {
  const { data, error, isPending, refetch } = useDataset();
  return (
    <main>
      <h1>Exitline</h1>
      <p className="lede">When and how technology companies pull out of, restrict, or cut ties in the Chinese market.</p>
      {isPending && <p role="status">Loading events…</p>}
      {error && (
        <div role="alert">
          <p>{error.message}</p>
          <button type="button" onClick={() => void refetch()}>
            Retry
          </button>
        </div>
      )}
      {data && <EventList dataset={data} />}
    </main>
  );
}
