"use client";
import { useEffect, useState } from "react";

const KEY = "fcq-timer";

/**
 * Off by default: accuracy first. The choice is remembered on this device. The attempt's time
 * is kept on the server either way; this only shows it.
 */
export function QuizTimer({ startedAt }: { startedAt: string }) {
  const [on, setOn] = useState(false);
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    // Read after mount: the server cannot know this device's setting.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOn(localStorage.getItem(KEY) === "on");
  }, []);
  useEffect(() => {
    if (!on) return;
    const tick = () => setNow(Date.now());
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [on]);

  const seconds = now === null ? 0 : Math.max(0, Math.floor((now - Date.parse(startedAt)) / 1000));
  return (
    <div className="flex shrink-0 items-center gap-2 text-sm">
      {on && (
        <span className="font-mono tabular-nums" aria-label="Time so far">
          {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, "0")}
        </span>
      )}
      <label className="inline-flex cursor-pointer items-center gap-1.5">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => {
            setOn(e.target.checked);
            localStorage.setItem(KEY, e.target.checked ? "on" : "off");
          }}
          className="size-4 accent-blue-700"
        />
        Timer
      </label>
    </div>
  );
}
