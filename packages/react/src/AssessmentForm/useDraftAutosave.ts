import { useCallback, useEffect, useInsertionEffect, useRef, useState } from 'react';
import type { FormDraft } from './formDraft.js';
import type { DraftStorage } from './draftStorage.js';

/** Whether the latest draft is stored: nothing saved yet, a change not yet stored, saved, or the last save failed. */
export type DraftSaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** A draft as the form holds it; the save stamps `savedAt`, and `startedAt` when not yet set. */
export type UnsavedDraft = Omit<FormDraft, 'savedAt' | 'startedAt'> & {
  readonly startedAt: string | undefined;
};

/** Options of {@link useDraftAutosave}. */
export interface DraftAutosaveOptions {
  /** Where drafts go; nothing is saved without one. */
  readonly storage: DraftStorage | undefined;
  /** Key of this respondent's draft; nothing is saved without one. */
  readonly draftKey: string | undefined;
  /**
   * The draft to keep stored, or `undefined` while nothing may be saved (a draft being restored,
   * a submission running or done). The first draft after `undefined` is taken as already stored.
   */
  readonly draft: UnsavedDraft | undefined;
  /** Quiet time after an answer before saving, in milliseconds. A page change saves at once. */
  readonly delay: number;
  /** Told of every failed save or clear. */
  readonly onError: ((error: unknown) => void) | undefined;
}

/** What {@link useDraftAutosave} gives the form. */
export interface DraftAutosave {
  /** Whether the latest draft is stored. */
  readonly status: DraftSaveStatus;
  /** Saves a waiting draft now (on blur, page hide and unmount). */
  readonly flush: () => void;
  /** Drops any waiting save and removes the stored draft, after saves already under way. */
  readonly clear: () => Promise<void>;
}

/**
 * Keeps `draft` stored: each change is saved after `delay` ms of quiet, a page change at once,
 * and whatever is waiting when focus leaves the form, the page is hidden or the form unmounts.
 * Storage calls run one after another, so a slow save never lands after a later one or a clear.
 */
export function useDraftAutosave({
  storage,
  draftKey,
  draft,
  delay,
  onError,
}: DraftAutosaveOptions): DraftAutosave {
  const [status, setStatus] = useState<DraftSaveStatus>('idle');
  const target = useRef({ storage, draftKey, onError });
  const pending = useRef<UnsavedDraft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);
  const lastSeen = useRef<UnsavedDraft | undefined>(undefined);
  // Numbers each save, so that an earlier save finishing cannot report a later change as stored.
  const generation = useRef(0);

  useInsertionEffect(() => {
    target.current = { storage, draftKey, onError };
  });

  // Runs storage calls one after another. When none is under way the call starts at once, not a
  // microtask later: a form remounted straight away (or a reload) then reads what was just saved.
  const enqueue = useCallback((operation: () => Promise<void>): Promise<void> => {
    const start = () => {
      try {
        return operation();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const result = inFlight.current === 0 ? start() : queue.current.then(start);
    inFlight.current += 1;
    queue.current = result
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        inFlight.current -= 1;
      });
    return result;
  }, []);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const waiting = pending.current;
    pending.current = undefined;
    const { storage: store, draftKey: key } = target.current;
    if (waiting === undefined || store === undefined || key === undefined) return;
    const savedAt = new Date().toISOString();
    const draft = { ...waiting, startedAt: waiting.startedAt ?? savedAt, savedAt };
    const mine = (generation.current += 1);
    enqueue(() => store.save(key, draft)).then(
      () => {
        if (mine === generation.current && pending.current === undefined) setStatus('saved');
      },
      (error: unknown) => {
        setStatus('failed');
        target.current.onError?.(error);
      },
    );
  }, [enqueue]);

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = undefined;
    const { storage: store, draftKey: key } = target.current;
    if (store === undefined || key === undefined) return Promise.resolve();
    const cleared = enqueue(() => store.clear(key));
    cleared.then(
      () => setStatus('idle'),
      (error: unknown) => target.current.onError?.(error),
    );
    return cleared;
  }, [enqueue]);

  useEffect(() => {
    const previous = lastSeen.current;
    lastSeen.current = draft;
    if (draft === undefined || previous === undefined) return;
    if (previous.answers === draft.answers && previous.pageId === draft.pageId) return;
    pending.current = draft;
    setStatus('saving');
    if (previous.pageId !== draft.pageId) {
      flush();
    } else {
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    }
  }, [draft, delay, flush]);

  useEffect(() => {
    // A reload, a closed tab or a crash must not lose the last answers: save when hidden.
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { status, flush, clear };
}
