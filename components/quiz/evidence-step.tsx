import { secondaryButton } from "@/components/ui/styles";

/**
 * The instruction of evidence mode, beside the check button: what to do next, and a button that
 * takes keyboard and phone users to the article (it sits below the question on a phone).
 */
export function EvidenceStep({ chosen, picked, asked, onGo }: { chosen: boolean; picked: boolean; asked: boolean; onGo: () => void }) {
  if (picked) return <p className="text-sm" data-testid="evidence-step">Evidence picked. Check both when ready.</p>;
  return (
    <div className="space-y-2" data-testid="evidence-step">
      <p className={asked ? "font-medium text-red-700 dark:text-red-400" : "text-sm"} role={asked ? "alert" : undefined}>
        {chosen ? "Now pick the sentence in the article that supports your answer." : "Choose an answer, then pick the sentence in the article that supports it."}
      </p>
      {chosen && (
        <button type="button" className={secondaryButton} onClick={onGo}>
          Pick the evidence in the article
        </button>
      )}
    </div>
  );
}
