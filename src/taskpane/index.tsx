/**
 * Task pane entry: renders at once, without waiting for Office.js (which loads from
 * Microsoft's CDN and may never arrive in a browser preview); {@link useHost} picks up
 * Office's language and theme when Office.onReady fires.
 */
import { createRoot } from "react-dom/client";
import { App } from "./components/App";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(<App />);
}
