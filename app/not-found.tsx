import { FileQuestion } from "lucide-react";
import Link from "next/link";
import { Notice } from "@/components/console/notice";
import { Button } from "@/components/ui/button";

/** Outside the console (the console's own 404 is app/(console)/not-found.tsx, inside its frame). */
export default function NotFound() {
  return (
    <main className="p-4">
      <Notice icon={<FileQuestion className="size-6" aria-hidden />} title="Page not found">
        There is no page at this address.
        <Button asChild variant="outline" className="mt-4">
          <Link href="/members">Go to Members</Link>
        </Button>
      </Notice>
    </main>
  );
}
