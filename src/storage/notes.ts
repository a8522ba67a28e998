import { Note } from '../core/model/note';
import type { VinculoDb } from './db';
import { ensureContact } from './contacts';
import { deleteRecord, rewriteRecord } from './records';

/** A contact's notes, newest first. By creation, not by edit: a note must not jump around while it is typed in. */
export async function notesOf(db: VinculoDb, contactId: string): Promise<Note[]> {
  const notes = await db.notes.where('contactId').equals(contactId).toArray();
  return notes.sort((a, b) => b.createdAt - a.createdAt);
}

export async function addNote(db: VinculoDb, contactId: string, text: string, now = Date.now()): Promise<Note> {
  const note = Note.parse({ id: crypto.randomUUID(), contactId, text, createdAt: now, updatedAt: now });
  await db.transaction('rw', db.contacts, db.notes, async () => {
    await ensureContact(db, contactId, now);
    await db.notes.add(note);
  });
  return note;
}

/**
 * Writes a note's text under an id the caller chose, creating the note (and its contact) the first time: the
 * same call can safely run twice (the popup's own save and the worker's recovery of its draft, see putNoteDraft).
 */
export async function putNote(db: VinculoDb, note: { id: string; contactId: string }, text: string, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.contacts, db.notes, async () => {
    await ensureContact(db, note.contactId, now);
    const existing = await db.notes.get(note.id);
    const saved = Note.parse({ ...(existing ?? { id: note.id, contactId: note.contactId, createdAt: now }), text, updatedAt: now });
    await db.notes.put(saved);
    return saved;
  });
}

/** Saves the note's new text exactly as typed. */
export function updateNote(db: VinculoDb, id: string, text: string, now = Date.now()): Promise<Note> {
  return rewriteRecord(db.notes, Note, id, (note) => ({ ...note, text, updatedAt: now }));
}

/**
 * Saves what the user typed into a note they have open, even if it was deleted meanwhile from another
 * window: their words win over a delete they were not looking at.
 */
export async function saveNote(db: VinculoDb, note: Note, text: string, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const saved = Note.parse({ ...((await db.notes.get(note.id)) ?? note), text, updatedAt: now });
    await db.notes.put(saved);
    return saved;
  });
}

/** Deletes a note and returns it, so the UI can offer "undo" with restoreNote. */
export function deleteNote(db: VinculoDb, id: string): Promise<Note | undefined> {
  return deleteRecord(db.notes, id);
}

export async function restoreNote(db: VinculoDb, note: Note): Promise<void> {
  await db.notes.put(Note.parse(note));
}
