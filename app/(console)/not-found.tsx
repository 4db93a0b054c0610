import { FileQuestion } from "lucide-react";
import Link from "next/link";
import { Notice } from "@/components/console/notice";
import { Button } from "@/components/ui/button";

export default function ConsoleNotFound() {
  return (
    <Notice icon={<FileQuestion className="size-6" aria-hidden />} title="Page not found">
      There is no page at this address. It may have moved, or the link may be mistyped.
      <Button asChild variant="outline" className="mt-4">
        <Link href="/members">Go to Members</Link>
      </Button>
    </Notice>
  );
}
