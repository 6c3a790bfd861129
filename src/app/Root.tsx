import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import { App, type AppProps } from "./App.tsx";

/**
 * The whole tree, as the browser mounts it and as the build prerenders it: both must render the
 * same elements for the browser to hydrate the prerendered page rather than replace it.
 */
export function Root({ client, ...app }: AppProps & { readonly client: QueryClient }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <App {...app} />
      </QueryClientProvider>
    </StrictMode>
  );
}
