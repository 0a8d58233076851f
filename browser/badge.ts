/**
 * The count on Klarplan's toolbar icon for a tab: the plan's number of findings, coloured by the worst one
 * (red Wichtig, amber Empfehlung, blue Tipp); empty when the plan has none. Pure.
 */
import type { Severity } from '../core/plan';

export interface Badge {
  text: string;
  /** Background; null when the badge is empty. */
  color: string | null;
  textColor: string;
}

const COLORS: Record<Severity, { color: string; textColor: string }> = {
  error: { color: '#b3261e', textColor: '#ffffff' },
  warning: { color: '#ffc233', textColor: '#1b1b1b' },
  info: { color: '#1a4f8b', textColor: '#ffffff' },
};

export function badgeFor(total: number | undefined, worst: Severity | undefined): Badge {
  if (!total || total < 1) return { text: '', color: null, textColor: '#ffffff' };
  const c = COLORS[worst ?? 'info'];
  return { text: total > 99 ? '99+' : String(total), ...c };
}
