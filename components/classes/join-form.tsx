"use client";
import { useActionState, useState } from "react";
import { useRouter } from "next/navigation";
import { joinClassAction } from "@/lib/classes/actions";
import { Field, FormMessage, buttonClass } from "@/components/auth/field";

export function JoinForm({ initialCode }: { initialCode: string }) {
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [state, action, pending] = useActionState(async () => {
    const r = await joinClassAction({ code });
    if (!r.ok) return { message: r.message, errors: r.fieldErrors?.code };
    router.push("/assignments?joined=" + encodeURIComponent(r.data.name));
    return { ok: true, message: `Joined ${r.data.name}.` };
  }, {} as { ok?: boolean; message?: string; errors?: string[] });
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="code" label="Join code" value={code} onChange={(e) => setCode(e.target.value)} errors={state.errors} autoCapitalize="characters" hint="Six letters and digits, from your teacher." />
      <button type="submit" className={buttonClass} disabled={pending}>Join class</button>
    </form>
  );
}
