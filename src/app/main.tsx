import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { timelineQuery } from "./data/useTimeline.ts";
import "./app.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const client = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
// Requested now rather than when React first commits: the first view waits on it.
void client.prefetchQuery(timelineQuery);
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
