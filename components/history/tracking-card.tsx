import { useState } from 'preact/hooks';
import type { ProductRole } from '../../lib/db/schema';
import { useI18n, type MessageKey } from '../i18n';
import type { ActionStatus, CurrentProduct, GroupSummary, TrackTarget } from './model';
import { StatusLine } from './status-line';

export const ROLE_LABEL: Record<ProductRole, MessageKey> = {
  mine: 'roleMine',
  competitor: 'roleCompetitor',
  untracked: 'roleUntracked',
};

const NEW_GROUP = '__new';

/**
 * Tracking the shown product: its role and groups, one click to track it as "my product"
 * or as a competitor in the chosen group (an existing one, or a new one by name), and
 * untracking (from one group, or everywhere; its history stays).
 */
export function TrackingCard(props: {
  productKey: string;
  current?: CurrentProduct;
  groups: readonly GroupSummary[];
  status: ActionStatus;
  onTrack(role: 'mine' | 'competitor', target: TrackTarget): void;
  onUntrack(groupId?: string): void;
}) {
  const { t } = useI18n();
  const { current, groups } = props;
  const role: ProductRole = current?.product?.role ?? 'untracked';
  const memberOf = current?.groups ?? [];
  // The group most recently changed: competitors are usually added one after another.
  const recent = groups.toSorted((a, b) => b.group.updatedAt - a.group.updatedAt)[0]?.group.id;
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const [name, setName] = useState('');
  const selected = choice ?? recent ?? NEW_GROUP;
  const busy = props.status.kind === 'busy';
  const target = (): TrackTarget => (selected === NEW_GROUP ? (name.trim() ? { groupName: name.trim() } : {}) : { groupId: selected });
  return (
    <section class="card tracking" data-testid="tracking" data-role={role} data-product-key={props.productKey} aria-labelledby="tracking-heading">
      <h2 id="tracking-heading">{t('trackingHeading')}</h2>
      <p class="tracking-role">
        <span class={`tag role role-${role}`} data-testid="tracking-role">
          {t(ROLE_LABEL[role])}
        </span>
        {current === undefined && <span class="meta"> {t('loadingShort')}</span>}
      </p>
      {memberOf.length > 0 && (
        <ul class="chips tracking-groups" aria-label={t('trackingGroups')}>
          {memberOf.map((g) => (
            <li key={g.id} class="group-chip" data-testid="tracking-group" data-group-id={g.id} data-as={g.as}>
              <span>{g.name}</span> <span class="meta">{t(g.as === 'mine' ? 'roleMine' : 'roleCompetitor')}</span>{' '}
              <button type="button" class="link-button" disabled={busy} aria-label={t('trackingRemoveFrom', g.name)} onClick={() => props.onUntrack(g.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row tracking-target">
        <label>
          {t('trackingGroup')}{' '}
          <select data-testid="tracking-group-select" value={selected} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}>
            {groups.map((g) => (
              <option key={g.group.id} value={g.group.id}>
                {g.group.name}
              </option>
            ))}
            <option value={NEW_GROUP}>{t('trackingNewGroup')}</option>
          </select>
        </label>
        {selected === NEW_GROUP && (
          <input
            type="text"
            data-testid="tracking-group-name"
            maxLength={200}
            value={name}
            placeholder={t('trackingGroupNamePlaceholder')}
            aria-label={t('trackingGroupName')}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        )}
      </div>
      <div class="row">
        <button type="button" data-testid="track-mine" disabled={busy} onClick={() => props.onTrack('mine', target())}>
          {t('trackAsMine')}
        </button>
        <button type="button" data-testid="track-competitor" disabled={busy} onClick={() => props.onTrack('competitor', target())}>
          {t('trackAsCompetitor')}
        </button>
        {role !== 'untracked' && (
          <button type="button" data-testid="untrack" disabled={busy} onClick={() => props.onUntrack()}>
            {t('untrack')}
          </button>
        )}
      </div>
      {selected === NEW_GROUP && !name.trim() && <p class="note">{t('trackingNoNameHint')}</p>}
      <StatusLine status={props.status} />
    </section>
  );
}
