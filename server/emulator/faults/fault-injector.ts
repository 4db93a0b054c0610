import { createHash, timingSafeEqual } from "node:crypto";
import type { FaultRule, FaultRuleSpec } from "./fault-rules";
import { compilePathPattern } from "./fault-rules";

export type FaultInjector = ReturnType<typeof createFaultInjector>;

type StoredRule = { rule: FaultRule; pattern: RegExp };

/**
 * The rules switched on at run time, and the requests they are holding. One per emulator process;
 * rules live in memory only, so a restart switches every fault off.
 */
export function createFaultInjector(options: { controlSecret: string; random?: () => number }) {
  const random = options.random ?? Math.random;
  const secretDigest = digest(options.controlSecret);
  let rules: StoredRule[] = [];
  let nextId = 1;
  const held = new Set<() => void>();

  return {
    /** constant-time comparison with the control secret */
    isControlSecret(candidate: string): boolean {
      return timingSafeEqual(digest(candidate), secretDigest);
    },

    list(): FaultRule[] {
      return rules.map(({ rule }) => ({ ...rule }));
    },

    add(spec: FaultRuleSpec): FaultRule {
      const rule: FaultRule = { id: nextId++, ...spec, hits: 0, remaining: spec.times ?? null };
      rules.push({ rule, pattern: compilePathPattern(spec.path) });
      return { ...rule };
    },

    remove(id: number): boolean {
      const before = rules.length;
      rules = rules.filter(({ rule }) => rule.id !== id);
      return rules.length < before;
    },

    clear(): void {
      rules = [];
    },

    /**
     * The rules that fire for this request, in order, counting their hits: every firing latency
     * rule, then at most one rule that ends the request. Cheap when no rule is set.
     */
    firingRules(method: string, path: string): FaultRule[] {
      if (rules.length === 0) return [];
      const firing: FaultRule[] = [];
      for (const { rule, pattern } of rules) {
        if (rule.method !== undefined && rule.method !== method) continue;
        if (rule.remaining === 0 || !pattern.test(path)) continue;
        if (rule.rate < 1 && random() >= rule.rate) continue;
        rule.hits += 1;
        if (rule.remaining !== null) rule.remaining -= 1;
        firing.push({ ...rule });
        if (rule.kind !== "latency") break;
      }
      return firing;
    },

    /** Resolves after `ms`, when `signal` aborts (the client left) or when releaseHeld() is called. */
    hold(ms: number, signal: AbortSignal): Promise<void> {
      return new Promise((resolve) => {
        const release = () => {
          clearTimeout(timer);
          signal.removeEventListener("abort", release);
          held.delete(release);
          resolve();
        };
        const timer = setTimeout(release, ms);
        signal.addEventListener("abort", release);
        held.add(release);
        if (signal.aborted) release();
      });
    },

    /** requests waiting in a timeout or latency fault right now */
    heldCount(): number {
      return held.size;
    },

    /** Ends every hold now, so a stopping server does not wait for held requests. */
    releaseHeld(): void {
      for (const release of [...held]) release();
    },
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
