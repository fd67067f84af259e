"use client";
// Idle expiry: the session cookie lives SESSION_IDLE_MINUTES. While the user is active (clicks, keys,
// scrolls), refresh it at most once a minute; an idle tab lets it lapse, and the next request signs in again.
import { useEffect } from "react";

export function SessionKeepAlive() {
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      if (Date.now() - last < 60_000) return;
      last = Date.now();
      void fetch("/api/auth/session", { credentials: "same-origin" });
    };
    const events = ["pointerdown", "keydown", "scroll"] as const;
    events.forEach((e) => window.addEventListener(e, onActivity, { passive: true }));
    return () => events.forEach((e) => window.removeEventListener(e, onActivity));
  }, []);
  return null;
}
