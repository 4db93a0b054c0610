"use client";

import { useState } from "react";
import { toast } from "sonner";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { api } from "@/lib/trpc/react";
import { OneTimePassword } from "./one-time-password";
import type { StaffMember } from "./staff-dialog";

export type StaffAction = "disable" | "enable" | "resetPassword" | "resetSecondFactor";

const COPY: Record<StaffAction, { title: (name: string) => string; confirm: string; destructive: boolean }> = {
  disable: { title: (name) => `Disable ${name}?`, confirm: "Disable account", destructive: true },
  enable: { title: (name) => `Enable ${name} again?`, confirm: "Enable account", destructive: false },
  resetPassword: { title: (name) => `Reset ${name}'s password?`, confirm: "Reset password", destructive: true },
  resetSecondFactor: {
    title: (name) => `Reset ${name}'s two-factor sign-in?`,
    confirm: "Reset two-factor sign-in",
    destructive: true,
  },
};

function consequence(action: StaffAction, member: StaffMember) {
  switch (action) {
    case "disable":
      return "They are signed out at their next click and cannot sign in until an admin enables them again.";
    case "enable":
      return "They can sign in again with their password.";
    case "resetPassword":
      return "Their password stops working now and they are signed out. You get a one-time password to hand them; they choose their own at their next sign-in.";
    case "resetSecondFactor":
      return member.role === "ADMIN"
        ? "Their authenticator and recovery codes stop working and they are signed out. As an admin, they must set up two-factor sign-in again at their next sign-in."
        : "Their authenticator and recovery codes stop working and they are signed out. They sign in with their password alone until they set it up again.";
  }
}

/** Asks for a reason, then disables, enables or resets; a reset password is shown once afterwards. */
export function StaffActionDialog({
  member,
  action,
  onClose,
}: {
  member: StaffMember;
  action: StaffAction;
  onClose: () => void;
}) {
  const utils = api.useUtils();
  const setDisabled = api.staff.setDisabled.useMutation();
  const resetPassword = api.staff.resetPassword.useMutation();
  const resetSecondFactor = api.staff.resetSecondFactor.useMutation();
  const [oneTimePassword, setOneTimePassword] = useState<string | null>(null);
  const copy = COPY[action];

  const run = async (reason: string) => {
    const input = { id: member.id, reason };
    if (action === "resetPassword") {
      setOneTimePassword((await resetPassword.mutateAsync(input)).oneTimePassword);
    } else {
      if (action === "resetSecondFactor") await resetSecondFactor.mutateAsync(input);
      else await setDisabled.mutateAsync({ ...input, disabled: action === "disable" });
      toast.success(
        action === "disable"
          ? `${member.name} is disabled`
          : action === "enable"
            ? `${member.name} can sign in again`
            : `${member.name}'s two-factor sign-in is reset`,
      );
      onClose();
    }
    void utils.staff.find.invalidate();
  };

  if (oneTimePassword) {
    return (
      <Dialog open onOpenChange={(open) => !open && onClose()}>
        <DialogContent className="sm:max-w-lg">
          <DialogHeader>
            <DialogTitle>New one-time password</DialogTitle>
            <DialogDescription>{member.name}&apos;s old password no longer works.</DialogDescription>
          </DialogHeader>
          <OneTimePassword email={member.email} password={oneTimePassword} />
          <DialogFooter>
            <Button onClick={onClose}>Done</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    );
  }

  return (
    <ConfirmActionDialog
      reasonFor="staff.change"
      open
      onOpenChange={(open) => !open && onClose()}
      title={copy.title(member.name)}
      confirmLabel={copy.confirm}
      destructive={copy.destructive}
      onConfirm={run}
    >
      <p>{consequence(action, member)}</p>
    </ConfirmActionDialog>
  );
}
