"use client";
import { useTransition } from "react";
import { removeStudentAction } from "@/lib/classes/actions";
import { secondaryButtonClass } from "@/components/auth/field";

export function RemoveStudentButton({ classId, studentId, label }: { classId: string; studentId: string; label: string }) {
  const [busy, start] = useTransition();
  return (
    <button
      type="button"
      className={secondaryButtonClass}
      disabled={busy}
      aria-label={`Remove ${label} from the class`}
      onClick={() => confirm(`Remove ${label} from this class?`) && start(async () => void (await removeStudentAction({ classId, studentId })))}
    >
      Remove
    </button>
  );
}
