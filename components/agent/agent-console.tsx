"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ConsoleDetail } from "@/lib/calls/get-console-service";
import type { ActionResult } from "@/lib/calls/action-result";
import type { ConsoleHit } from "@/lib/calls/console-search";
import { CallPanel } from "./call-panel";
import { ConsoleDialog } from "./console-dialog";
import { DetailPanel } from "./detail-panel";
import { EndCallForm } from "./end-call-form";
import { FlagForm } from "./flag-form";
import { HelpList } from "./help-list";
import { phoneText } from "./hours-text";
import { optionId, ResultList } from "./result-list";
import type { CallContext, ConsoleActions, ConsoleOptions } from "./types";
import { UnmetForm } from "./unmet-form";
import { useConsoleSearch } from "./use-console-search";

const DIALOGS = ["help", "end", "flag", "unmet"] as const;
type DialogName = (typeof DIALOGS)[number];
type Failure = { message: string | null; errors: Record<string, string[]> };
const NO_FAILURE: Failure = { message: null, errors: {} };

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The screen an agent keeps open all day. Keyboard first: every action has a key (listed in
 * the help overlay) and a button; letter keys act when the focus is not in a text field.
 */
export function AgentConsole({
  actions,
  options,
  publicPathPrefix,
}: {
  actions: ConsoleActions;
  options: ConsoleOptions;
  publicPathPrefix: string;
}) {
  const t = useTranslations("Agent");
  const locale = useLocale();
  const [q, setQ] = useState("");
  const [context, setContext] = useState<CallContext>({ place: "", language: locale, ageGroup: "unknown" });
  const [draft, setDraft] = useState<CallContext>({ place: "", language: locale, ageGroup: "unknown" });
  const [placeLabel, setPlaceLabel] = useState<string | null>(null);
  const [contextErrors, setContextErrors] = useState<Record<string, string[]>>({});
  const [call, setCall] = useState<{ id: string; startedAt: string } | null>(null);
  const [referred, setReferred] = useState<Map<string, string[]>>(new Map());
  const [unmetNeeds, setUnmetNeeds] = useState<string[]>([]);
  const [active, setActive] = useState(0);
  const [detail, setDetail] = useState<ConsoleDetail | null>(null);
  // The result whose record is open: it stays open (and the keys act on it) while the list changes.
  const [opened, setOpened] = useState<ConsoleHit | null>(null);
  const [detailLoading, setDetailLoading] = useState(false);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [failure, setFailure] = useState<Failure>(NO_FAILURE);
  const [announcement, setAnnouncement] = useState("");
  const searchRef = useRef<HTMLInputElement>(null);
  const detailHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusDetail = useRef(false);
  const helpRef = useRef<HTMLDialogElement>(null);
  const endRef = useRef<HTMLDialogElement>(null);
  const flagRef = useRef<HTMLDialogElement>(null);
  const unmetRef = useRef<HTMLDialogElement>(null);
  const dialogElement = (name: DialogName) =>
    ({ help: helpRef, end: endRef, flag: flagRef, unmet: unmetRef })[name].current;
  const { result, state } = useConsoleSearch(q, context, locale);
  const hits = useMemo(() => result?.hits ?? [], [result]);
  const current = hits[Math.min(active, hits.length - 1)] ?? null;

  // The same words twice must be read twice: a no-break space makes the second one differ.
  // The page scrolls, not a box inside it: the highlighted result is kept in view.
  useEffect(() => {
    if (current) document.getElementById(optionId(current.id))?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const say = (text: string) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));

  // A search of the call that found nothing is attached to it once the agent stops typing.
  useEffect(() => {
    if (!call || !result || result.total > 0 || !q.trim()) return;
    const timer = setTimeout(() => void actions.recordEmptySearch({ callId: call.id, query: q }), 1500);
    return () => clearTimeout(timer);
  }, [call, result, q, actions]);

  const openDialog = (name: DialogName) => {
    setFailure(NO_FAILURE);
    setDialog(name);
    dialogElement(name)?.showModal();
  };
  const closeDialog = () => {
    if (dialog) dialogElement(dialog)?.close();
  };
  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };

  const openDetail = useCallback(
    async (index: number) => {
      const hit = hits[index];
      if (!hit) return;
      setActive(index);
      setOpened(hit);
      setDetailLoading(true);
      try {
        const response = await fetch(`/api/agent/services/${encodeURIComponent(hit.slug)}?lang=${locale}`);
        setDetail(response.ok ? ((await response.json()) as ConsoleDetail) : null);
      } finally {
        setDetailLoading(false);
      }
      focusDetail.current = true;
    },
    [hits, locale],
  );

  async function run<T>(work: Promise<ActionResult<T>>, done: (data: T) => void) {
    const outcome = await work;
    if (outcome.ok) {
      setFailure(NO_FAILURE);
      done(outcome.data);
    } else {
      setFailure({ message: outcome.message, errors: outcome.fieldErrors });
      say(outcome.message);
    }
    return outcome;
  }

  const target = detail && opened && detail.id === opened.id ? detail : null;
  // Once the opened record is on screen, its heading takes the focus (then c, r, f… act on it).
  useEffect(() => {
    if (target && focusDetail.current) {
      focusDetail.current = false;
      detailHeadingRef.current?.focus();
    }
  }, [target]);
  // Keys and buttons act on the open record, or else on the highlighted result.
  const subject = opened ?? current;
  const copyMain = async () => {
    const phone = target?.phones.find((p) => p.type === "voice" || p.type === "toll_free") ?? subject?.mainPhone;
    if (!phone) return say(t("hit.noPhone"));
    const text = phoneText(phone, t);
    try {
      await navigator.clipboard.writeText(text);
      say(t("copied", { number: text }));
    } catch {
      say(t("copyFailed", { number: text }));
    }
  };
  const refer = async () => {
    if (!subject) return;
    if (!call) return say(t("call.needCallFirst"));
    await run(actions.markReferred({ callId: call.id, serviceId: subject.id }), () => {
      setReferred((map) => new Map(map).set(subject.id, subject.rootCategories));
      say(t("call.referredDone", { name: subject.name }));
    });
  };
  // The agent starts typing right after "n": the search takes the focus at once, and a
  // second "n" while the first call is being opened opens nothing.
  const starting = useRef(false);
  const newCall = async (next: CallContext) => {
    if (starting.current) return;
    starting.current = true;
    focusSearch();
    const outcome = await run(actions.startCall(next), (data) => {
      setCall({ id: data.id, startedAt: data.startedAt });
      setPlaceLabel(data.placeLabel);
      setContext(next);
      setReferred(new Map());
      setUnmetNeeds([]);
      say(t("call.started"));
    });
    starting.current = false;
    setContextErrors(outcome.ok ? {} : outcome.fieldErrors);
  };
  const applyContext = async (next: CallContext) => {
    if (!call) return;
    const outcome = await run(actions.updateCallContext({ ...next, callId: call.id }), (data) => {
      setPlaceLabel(data.placeLabel);
      setContext(next);
      say(t("call.contextSaved"));
    });
    setContextErrors(outcome.ok ? {} : outcome.fieldErrors);
  };

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // The dialogs' own state, not React's: the "close" event that clears `dialog` comes a
      // task after Esc, and a key pressed in between belongs to the console again.
      if (DIALOGS.some((name) => dialogElement(name)?.open) || event.altKey || event.ctrlKey || event.metaKey) return;
      const inSearch = event.target === searchRef.current;
      const typing = isTextField(event.target);
      if (event.key === "Escape") {
        event.preventDefault();
        focusSearch();
        return;
      }
      if ((inSearch || !typing) && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
        event.preventDefault();
        setActive((i) => Math.max(0, Math.min(hits.length - 1, i + (event.key === "ArrowDown" ? 1 : -1))));
        return;
      }
      if (inSearch && event.key === "Enter") {
        event.preventDefault();
        void openDetail(active);
        return;
      }
      if (typing) return;
      const keys: Record<string, () => void> = {
        "/": focusSearch,
        "?": () => openDialog("help"),
        c: () => void copyMain(),
        r: () => void refer(),
        f: () => subject && openDialog("flag"),
        u: () => (call ? openDialog("unmet") : say(t("call.needCallFirst"))),
        n: () => !call && void newCall(draft),
        e: () => (call ? openDialog("end") : say(t("call.needCallFirst"))),
      };
      const action = keys[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const suggestedNeeds = [...new Set([...[...referred.values()].flat(), ...unmetNeeds])];
  const count = result ? t("search.results", { count: result.total }) : "";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <button
          type="button"
          className="rounded-md border border-slate-500 px-3 py-1 text-sm"
          onClick={() => openDialog("help")}
        >
          {t("help.open")}
        </button>
      </div>
      <CallPanel
        call={call}
        draft={draft}
        onDraftChange={setDraft}
        placeLabel={placeLabel}
        referredCount={referred.size}
        options={options}
        errors={contextErrors}
        onNewCall={(next) => void newCall(next)}
        onApplyContext={(next) => void applyContext(next)}
        onEndCall={() => openDialog("end")}
      />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <section aria-labelledby="agent-search-label" className="space-y-2">
          <label id="agent-search-label" htmlFor="agent-search" className="font-semibold">
            {t("search.label")}
          </label>
          <input
            ref={searchRef}
            id="agent-search"
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls="agent-results"
            aria-autocomplete="list"
            aria-activedescendant={current ? optionId(current.id) : undefined}
            autoComplete="off"
            placeholder={t("search.placeholder")}
            className="block w-full rounded-md border-2 border-slate-600 px-3 py-2 text-lg"
            value={q}
            onChange={(event) => {
              setQ(event.target.value);
              setActive(0);
            }}
          />
          <p role="status" className="text-sm text-slate-800">
            {state === "error" ? t("search.error") : count}
            {result && result.total === 0 && q.trim() ? ` — ${t("search.empty")}` : ""}
          </p>
          <div className="rounded-md border border-slate-200" data-results-for={result?.query ?? ""}>
            <ResultList
              hits={hits}
              active={active}
              referred={new Set(referred.keys())}
              onPick={(i) => void openDetail(i)}
            />
          </div>
        </section>
        <section aria-label={t("detail.label")} className="rounded-md border border-slate-200 p-4">
          <DetailPanel
            ref={detailHeadingRef}
            detail={target}
            loading={detailLoading}
            referred={!!opened && referred.has(opened.id)}
            publicHref={target ? `${publicPathPrefix}/${target.slug}` : null}
            onCopy={() => void copyMain()}
            onRefer={() => void refer()}
            onFlag={() => openDialog("flag")}
            onUnmet={() => (call ? openDialog("unmet") : say(t("call.needCallFirst")))}
          />
        </section>
      </div>
      <p id="agent-announcer" aria-live="assertive" className="sr-only">
        {announcement}
      </p>

      <ConsoleDialog ref={helpRef} id="agent-help" title={t("help.title")} onClose={() => setDialog(null)}>
        <HelpList />
        <button type="button" className="mt-4 rounded-md border border-slate-500 px-3 py-1" onClick={closeDialog}>
          {t("help.close")}
        </button>
      </ConsoleDialog>
      <ConsoleDialog ref={endRef} id="agent-end" title={t("end.title")} onClose={() => setDialog(null)}>
        {dialog === "end" && call && (
          <EndCallForm
            options={options}
            suggestedNeeds={suggestedNeeds}
            errors={failure.errors}
            message={failure.message}
            onCancel={closeDialog}
            onSubmit={(values) =>
              void run(actions.endCall({ callId: call.id, ...values }), () => {
                closeDialog();
                setCall(null);
                setReferred(new Map());
                setUnmetNeeds([]);
                say(t("call.ended"));
                focusSearch();
              })
            }
          />
        )}
      </ConsoleDialog>
      <ConsoleDialog ref={flagRef} id="agent-flag" title={t("flag.title")} onClose={() => setDialog(null)}>
        {dialog === "flag" && subject && (
          <FlagForm
            options={options}
            errors={failure.errors}
            message={failure.message}
            onCancel={closeDialog}
            onSubmit={(values) =>
              void run(
                actions.flagRecord({
                  ...(values.target === "service"
                    ? { serviceId: subject.id }
                    : { organizationId: subject.organization.id }),
                  reason: values.reason,
                  comment: values.comment,
                }),
                () => {
                  closeDialog();
                  say(t("flag.sent"));
                },
              )
            }
          />
        )}
      </ConsoleDialog>
      <ConsoleDialog ref={unmetRef} id="agent-unmet" title={t("unmet.title")} onClose={() => setDialog(null)}>
        {dialog === "unmet" && call && (
          <UnmetForm
            options={options}
            initialNeed={subject?.rootCategories[0] ?? null}
            errors={failure.errors}
            message={failure.message}
            onCancel={closeDialog}
            onSubmit={(values) =>
              void run(actions.recordUnmetNeed({ callId: call.id, ...values }), () => {
                closeDialog();
                setUnmetNeeds((list) => [...list, values.termCode]);
                say(t("unmet.saved"));
              })
            }
          />
        )}
      </ConsoleDialog>
    </div>
  );
}
