import { expect, test } from "../fixtures/auth";

/** How light the page's background is (0 black, 1 white), whatever colour syntax (oklch) the browser reports. */
const backgroundLightness = () => {
  const canvas = document.createElement("canvas").getContext("2d")!;
  canvas.fillStyle = getComputedStyle(document.body).backgroundColor;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
};

test("[CONSOLE][THEME]: the console follows the system's light or dark setting", async ({ page, signInAs }) => {
  await signInAs("SUPPORT");
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/members");
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  expect(await page.evaluate(backgroundLightness)).toBeGreaterThan(0.8);

  await page.emulateMedia({ colorScheme: "dark" });
  expect(await page.evaluate(backgroundLightness)).toBeLessThan(0.2);
});
