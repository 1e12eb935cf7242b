"use client";
import { useActionState, useState } from "react";
import { useRouter } from "next/navigation";
import { createClassAction } from "@/lib/classes/actions";
import { Field, FormMessage, buttonClass } from "@/components/auth/field";

export function CreateClassForm({ assign }: { assign?: string }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [state, action, pending] = useActionState(async () => {
    const r = await createClassAction({ name });
    if (!r.ok) return { message: r.message, errors: r.fieldErrors?.name };
    router.push(`/teacher/classes/${r.data.id}${assign ? `?assign=${assign}` : ""}`);
    return {};
  }, {} as { message?: string; errors?: string[] });
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="min-w-64 flex-1">
        <Field name="class-name" label="New class name" value={name} onChange={(e) => setName(e.target.value)} errors={state.errors} hint="Up to 80 characters, e.g. “Year 10 Media”." />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>Create class</button>
      {!state.errors && <FormMessage message={state.message} />}
    </form>
  );
}
