"use client";

import * as React from "react";
import { CircleCheckIcon, InfoIcon, Loader2Icon, OctagonXIcon, TriangleAlertIcon } from "lucide-react";
import { Toaster as Sonner, type ToasterProps } from "sonner";

/**
 * shadcn's Toaster reads the theme from next-themes, which is not installed here:
 * it follows the system theme, like the rest of the app, with rich (coloured) success/error/warning/info toasts.
 * Pass `theme="dark"` / `theme="system"` or `richColors={false}` to override.
 */
function Toaster({ theme = "system", richColors = true, ...props }: ToasterProps) {
  return (
    <Sonner
      theme={theme}
      richColors={richColors}
      className="toaster group"
      icons={{
        success: <CircleCheckIcon className="size-4" />,
        info: <InfoIcon className="size-4" />,
        warning: <TriangleAlertIcon className="size-4" />,
        error: <OctagonXIcon className="size-4" />,
        loading: <Loader2Icon className="size-4 animate-spin" />,
      }}
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
          "--border-radius": "var(--radius)",
        } as React.CSSProperties
      }
      {...props}
    />
  );
}

export { Toaster };
export type { ToasterProps };
