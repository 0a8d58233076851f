/**
 * One tab, several page agents: the page's own and one in each frame from another origin that Klarplan was
 * switched on for (the content script runs in all frames). The panel shows them as one plan: the page's fields
 * first, then each frame's, in the order the frames reported; a frame notice ("Klarplan darf ihn nicht lesen")
 * goes once that frame's own agent reports. A new page in the tab's top frame starts afresh.
 */
import type { PagePlan } from '../fields/types';

export class FramePlans {
  #tab: number | undefined;
  #top: PagePlan | null = null;
  #frames = new Map<number, { origin: string; plan: PagePlan }>();

  /** Takes a plan from one frame (frameId 0 or undefined: the tab's page) and returns the tab's plan as a whole. */
  update(tabId: number | undefined, frameId: number | undefined, plan: PagePlan): PagePlan {
    if (tabId !== this.#tab) {
      this.#tab = tabId;
      this.#top = null;
      this.#frames.clear();
    }
    if (!frameId) {
      if (this.#top && this.#top.url !== plan.url) this.#frames.clear(); // another page in the tab
      this.#top = plan;
    } else {
      let origin = '';
      try {
        origin = new URL(plan.url).origin;
      } catch {
        /* a frame without an address of its own */
      }
      this.#frames.set(frameId, { origin, plan });
    }
    return this.merged();
  }

  merged(): PagePlan {
    const top = this.#top ?? { url: '', fields: [] };
    if (!this.#frames.size) return top;
    const frames = [...this.#frames.values()];
    const reporting = new Set(frames.map((f) => f.origin));
    const notices = [
      ...(top.notices ?? []).filter((n) => n.kind !== 'frame' || !reporting.has(n.origin)),
      ...frames.flatMap((f) => f.plan.notices ?? []),
    ];
    const { notices: _ours, ...rest } = top;
    return {
      ...rest,
      fields: [...top.fields, ...frames.flatMap((f) => f.plan.fields)],
      ...(notices.length ? { notices } : {}),
      ...(top.planDate ? {} : frames.find((f) => f.plan.planDate)?.plan.planDate ? { planDate: frames.find((f) => f.plan.planDate)!.plan.planDate! } : {}),
    };
  }
}
