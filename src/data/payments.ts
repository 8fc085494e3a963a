/**
 * The two sums the settlements set, as the lead graphic shows them (the page's header and the link-preview card,
 * src/charts/payments-graphic.tsx): each case's amount, what kind of money it is and who it goes to, from
 * money.json, the facts and the edition's copy.
 */
import { formatMoney } from '../lib/format';
import { CASE_KEY } from './copy-keys';
import { numberOf } from './derived';
import type { SectionData } from './model';
import type { CaseId } from './schemas';
import type { CopyApi } from './text';

export interface Payment {
  caseId: CaseId;
  /** `$25 million` / `2500万美元`. */
  amount: string;
  value: number;
  /** `Alexa case: civil penalty`. */
  label: string;
  /** `Paid to the United States`. */
  recipient: string;
  /** The whole statement: `Alexa case: civil penalty, Paid to the United States: $25 million`. */
  name: string;
}

/** The payments in money.json's order; the section must have read money.json. */
export function paymentsOf(data: Pick<SectionData, 'facts' | 'money'>, text: Pick<CopyApi, 't' | 'locale'>): Payment[] {
  const { t, locale } = text;
  if (!data.money) throw new Error('money.json is not loaded by this section');
  return data.money.payments.map((payment) => {
    const value = numberOf(data.facts, payment.amountFactId);
    const label = t('penalties.breakdown.rowLabel', {
      case: t(CASE_KEY[payment.case]),
      kind: t(`penalties.breakdown.kind.${payment.kind}`),
    });
    const recipient = t(`penalties.recipient.${payment.recipient}`);
    const amount = formatMoney(value, locale);
    return {
      caseId: payment.case,
      amount,
      value,
      label,
      recipient,
      name: t('penalties.breakdown.markLabel', { label, to: recipient, amount }),
    };
  });
}
