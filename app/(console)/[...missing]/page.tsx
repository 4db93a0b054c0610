import { notFound } from "next/navigation";

/** Any address the console does not have: the 404 page inside the console's frame (app/(console)/not-found.tsx). */
export default function MissingPage() {
  notFound();
}
