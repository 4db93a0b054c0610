import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";

export function RedeemFormFooter({ onCancel, disabled }: { onCancel: () => void; disabled?: boolean }) {
  return (
    <DialogFooter>
      <Button type="button" variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" disabled={disabled}>
        Review redemption
      </Button>
    </DialogFooter>
  );
}
