"use client";

import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { TableCell, TableRow } from "@/components/ui/table";
import { getErrorMessage } from "@/lib/errors";

export function LoadingRows({ columns, rows = 3 }: { columns: number; rows?: number }) {
  return Array.from({ length: rows }, (_, index) => (
    <TableRow key={index} aria-hidden="true">
      <TableCell colSpan={columns}>
        <Skeleton className="h-5" />
      </TableCell>
    </TableRow>
  ));
}

export function EmptyRow({ columns, children }: { columns: number; children: React.ReactNode }) {
  return (
    <TableRow>
      <TableCell colSpan={columns} className="py-8 text-center whitespace-normal text-muted-foreground">
        {children}
      </TableCell>
    </TableRow>
  );
}

export function ErrorRow({ columns, error, onRetry }: { columns: number; error: unknown; onRetry: () => void }) {
  return (
    <TableRow>
      <TableCell colSpan={columns} className="py-8 text-center whitespace-normal">
        <div role="alert" className="flex flex-col items-center gap-3">
          <p className="text-sm text-destructive">{getErrorMessage(error)}</p>
          <Button variant="outline" size="sm" onClick={onRetry}>
            Try again
          </Button>
        </div>
      </TableCell>
    </TableRow>
  );
}
