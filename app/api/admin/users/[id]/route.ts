// PATCH /api/admin/users/:id — { role?, budgetUsd?, disabled? }: change an account (admins; audited)
import { adminUserPatchSchema, changeUserAsAdmin } from "@/lib/admin/users";
import { json, readJson, withUser } from "../../../_lib/handler";

export const PATCH = withUser<{ id: string }>(
  async ({ request, user, params }) => {
    const patch = await readJson(request, adminUserPatchSchema);
    const updated = await changeUserAsAdmin({ actor: user, userId: params.id, patch });
    return json({ id: updated.id, role: updated.role, budgetUsd: updated.budgetUsd, disabled: updated.disabledAt !== null });
  },
  { admin: true },
);
