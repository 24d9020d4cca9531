/**
 * React hook over {@link officeHost}: the browser's view at once, Office's when it is ready.
 */
import { useEffect, useState } from "react";
import { browserHost, officeHost, type HostInfo } from "./officeHost";

/** The current {@link HostInfo}; re-renders once Office.js reports its host. */
export function useHost(): HostInfo {
  const [host, setHost] = useState<HostInfo>(browserHost);

  useEffect(() => {
    let active = true;
    officeHost()
      .then((info) => {
        if (active) setHost(info);
      })
      .catch(() => {
        // Office.js failed to initialise: stay with the browser's preferences.
      });
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    // Outside Office, follow the system's light/dark switch while the pane is open.
    if (host.inOffice || typeof window === "undefined" || typeof window.matchMedia !== "function") return undefined;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = (event: MediaQueryListEvent) => setHost((current) => ({ ...current, dark: event.matches }));
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [host.inOffice]);

  return host;
}
