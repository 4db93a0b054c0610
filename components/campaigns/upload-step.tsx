"use client";

import { FileUp, UploadCloud } from "lucide-react";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Progress } from "@/components/ui/progress";
import { Textarea } from "@/components/ui/textarea";
import { getErrorMessage } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { api } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

type Mode = "replace" | "append";

/**
 * Sends the file as the request body; the browser streams it from disk, so a 100,000-row file is never
 * read into the page. XMLHttpRequest, because fetch cannot report upload progress.
 */
function sendFile(url: string, file: File, onProgress: (fraction: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", file.type || "text/csv");
    request.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve();
      let message = `The upload was refused (HTTP ${request.status}).`;
      try {
        const body = JSON.parse(request.responseText) as { message?: string; error?: string };
        message = body.message ?? body.error ?? message;
      } catch {
        // Not JSON: keep the status sentence.
      }
      reject(new Error(message));
    };
    request.onerror = () => reject(new Error("The upload was interrupted. Check your connection and try again."));
    request.send(file);
  });
}

export function UploadStep({ campaignId, mode, onDone }: { campaignId: number; mode: Mode; onDone: () => void }) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const paste = api.campaigns.pasteRows.useMutation();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [upload, setUpload] = useState<{ name: string; size: number; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState("");

  const finish = async () => {
    await Promise.all([
      utils.campaigns.get.invalidate(),
      utils.campaigns.getSummary.invalidate(),
      utils.campaigns.findRows.invalidate(),
    ]);
    onDone();
  };

  const start = async (file: File | undefined) => {
    if (!file || upload) return;
    setError(null);
    setUpload({ name: file.name, size: file.size, fraction: 0 });
    try {
      const query = new URLSearchParams({ mode, fileName: file.name, merchantId: merchant.id });
      await sendFile(`/api/campaigns/${campaignId}/upload?${query.toString()}`, file, (fraction) =>
        setUpload((current) => (current ? { ...current, fraction } : current)),
      );
      toast.success(`${file.name} read. Check the columns next.`);
      await finish();
    } catch (caught) {
      setError(getErrorMessage(caught));
    } finally {
      setUpload(null);
    }
  };

  const submitPaste = async () => {
    setError(null);
    try {
      await paste.mutateAsync({ merchantId: merchant.id, campaignId, text, mode });
      toast.success("Rows read. Check the columns next.");
      await finish();
    } catch (caught) {
      setError(getErrorMessage(caught));
    }
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void start(event.dataTransfer.files[0]);
        }}
        className={cn(
          "flex min-h-64 flex-col items-center justify-center gap-3 rounded-xl border-2 border-dashed bg-muted/30 p-8 text-center transition-colors",
          dragging && "border-primary bg-primary/5",
        )}
      >
        {upload ? (
          <div className="grid w-full max-w-sm gap-3" aria-live="polite">
            <FileUp className="mx-auto size-8 text-primary" aria-hidden />
            <p className="text-sm font-medium">
              {upload.fraction < 1 ? "Uploading" : "Reading and checking"} {upload.name}
            </p>
            <Progress value={upload.fraction * 100} aria-label="Upload progress" />
            <p className="text-xs text-muted-foreground tabular-nums">
              {formatNumber(Math.round((upload.size * upload.fraction) / 1024))} of{" "}
              {formatNumber(Math.round(upload.size / 1024))} KB
            </p>
          </div>
        ) : (
          <>
            <UploadCloud className="size-10 text-muted-foreground" aria-hidden />
            <div>
              <p className="font-medium">Drop the members&apos; CSV file here</p>
              <p className="text-sm text-muted-foreground">
                From Excel, Google Sheets or the POS: comma or semicolon, up to 100.000 rows, with a header row.
              </p>
            </div>
            <Button type="button" onClick={() => input.current?.click()}>
              Choose a file
            </Button>
            <input
              ref={input}
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              className="sr-only"
              aria-label="CSV file of members"
              onChange={(event) => {
                void start(event.target.files?.[0]);
                event.target.value = "";
              }}
            />
          </>
        )}
        {error ? (
          <p
            role="alert"
            className="max-w-md rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive"
          >
            {error}
          </p>
        ) : null}
      </div>
      <div className="grid content-start gap-2">
        <Label htmlFor="paste-rows">Or paste a few rows</Label>
        <Textarea
          id="paste-rows"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={8}
          className="font-mono text-xs"
          placeholder={"email;jumlah;catatan\nsari@example.com;1;Terima kasih\n0812 3456 7890;2;"}
        />
        <p className="text-xs text-muted-foreground">The first line names the columns, as in a file.</p>
        <Button
          type="button"
          variant="outline"
          className="justify-self-start"
          disabled={text.trim().length === 0 || upload !== null}
          loading={paste.isPending}
          onClick={() => void submitPaste()}
        >
          Use these rows
        </Button>
      </div>
    </div>
  );
}
