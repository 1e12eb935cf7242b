"use client";
import { useEffect } from "react";

/**
 * Marks <html data-hydrated> once React has hydrated the page. Forms whose action is a client
 * function do nothing when submitted before that, so the browser tests wait for this mark
 * after every full page load instead of guessing with timeouts.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
