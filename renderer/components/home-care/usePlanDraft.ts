/**
 * The plan being edited: changes apply at once and the whole plan is saved (homeCare.save) half
 * a second after the last one, one request at a time; waiting changes are sent when the page is
 * left or hidden.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HomeCarePlan, OpInput } from '../../../db/api/contract';
import { api } from '../../api/client';
import { useAlert } from '../../app/alert';

export type PlanFields = Pick<HomeCarePlan, 'items' | 'points' | 'note' | 'nextVisitAt'>;
export type PlanStatus = 'saved' | 'saving' | 'error';

const DELAY_MS = 500;

function toInput(sessionId: string, plan: PlanFields): OpInput<'homeCare.save'> {
  return {
    sessionId,
    items: plan.items.map(({ exerciseId, holdSeconds, repetitions, sets, timesPerDay, note }) => ({
      exerciseId,
      holdSeconds,
      repetitions,
      sets,
      timesPerDay,
      note,
    })),
    points: plan.points,
    note: plan.note,
    nextVisitAt: plan.nextVisitAt,
  };
}

export function usePlanDraft(initial: HomeCarePlan) {
  const [plan, setPlan] = useState<PlanFields>(initial);
  const [status, setStatus] = useState<PlanStatus>('saved');
  const { showError } = useAlert();
  const latest = useRef<PlanFields>(initial);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);

  const send = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    if (!dirty.current) return;
    dirty.current = false;
    setStatus('saving');
    const work = api
      .call('homeCare.save', toInput(initial.sessionId, latest.current))
      .then(
        () => setStatus(dirty.current ? 'saving' : 'saved'),
        (error: unknown) => {
          dirty.current = true;
          setStatus('error');
          showError(error);
        },
      )
      .finally(() => {
        running.current = null;
      });
    running.current = work;
    await work;
  }, [initial.sessionId, showError]);

  const change = useCallback(
    (edit: (plan: PlanFields) => PlanFields) => {
      const next = edit(latest.current);
      latest.current = next;
      dirty.current = true;
      setPlan(next);
      setStatus('saving');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), DELAY_MS);
    },
    [send],
  );

  useEffect(() => {
    const flush = () => void send();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [send]);

  return { plan, status, change, flush: send };
}
