import { Alert } from "@/components/ui";
import type { Failure } from "@/lib/errors";

type Props = {
  error: Failure["error"] | null;
  /** Fields the form shows its own errors under. */ shown: readonly string[];
};

/**
 * The server's answer to a failed submit, as returned (already in the user's language). Field errors the form
 * cannot place under a field of its own are listed here too, so no refusal is ever silent.
 */
export function FormAlert({ error, shown }: Props) {
  if (!error) return null;
  const stray = Object.entries(error.fieldErrors ?? {}).filter(([k]) => !shown.includes(k));
  return (
    <Alert tone="error">
      {error.message}
      {stray.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {stray.map(([k, messages]) => (
            <li key={k}>{messages.join(" ")}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
