import type { Language, Severity } from '../../catalog/catalog-types';
import { severityLabel } from '../words/labels';
import type { SeverityStyle } from './card-models';

const SEVERITY: Record<Severity, Omit<SeverityStyle, 'label'>> = {
  success: { icon: '✅', style: 'good', color: 'Good' },
  info: { icon: 'ℹ️', style: 'accent', color: 'Accent' },
  warning: { icon: '⚠️', style: 'warning', color: 'Warning' },
  error: { icon: '⛔', style: 'attention', color: 'Attention' },
};

/** Icon, container style, text colour and label for a severity. */
export function severityStyle(lang: Language, severity: Severity): SeverityStyle {
  return { ...SEVERITY[severity], label: severityLabel(lang, severity) };
}
