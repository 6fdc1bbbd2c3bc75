<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>CatalogController</name>
    <message>
        <source>Catalogus openen…</source>
        <translation>Opening catalog…</translation>
    </message>
    <message>
        <source>Zoekindex opbouwen…</source>
        <translation>Building search index…</translation>
    </message>
    <message>
        <source>De catalogus %1 kon niet worden geopend: %2.</source>
        <translation>The catalog %1 could not be opened: %2.</translation>
    </message>
    <message>
        <source>Sluit het andere programma (of de andere Sociale Kaart) dat dit bestand gebruikt en probeer het opnieuw, of open een ander bestand.</source>
        <translation>Close the other program (or the other Sociale Kaart) that is using this file and try again, or open another file.</translation>
    </message>
    <message>
        <source>U hebt geen schrijfrechten op dit bestand of de map. Open een ander bestand, of begin met een nieuwe catalogus in uw eigen map.</source>
        <translation>You cannot write to this file or its folder. Open another file, or start a new catalog in your own folder.</translation>
    </message>
    <message>
        <source>Werk Sociale Kaart bij om dit bestand te gebruiken. U kunt ook een ander bestand openen of opnieuw beginnen; het bestand wordt dan apart bewaard en niet gewist.</source>
        <translation>Update Sociale Kaart to use this file. You can also open another file or start again; the file is then kept aside, not deleted.</translation>
    </message>
    <message>
        <source>Open een ander bestand of begin opnieuw.</source>
        <translation>Open another file or start again.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd of is geen catalogus. Open een ander bestand of begin opnieuw; het beschadigde bestand wordt apart bewaard en niet gewist.</source>
        <translation>The file is damaged or is not a catalog. Open another file or start again; the damaged file is kept aside, not deleted.</translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Ander bestand openen…</source>
        <translation>&amp;Open another file…</translation>
    </message>
    <message>
        <source>&amp;Leeg beginnen</source>
        <translation>&amp;Start empty</translation>
    </message>
    <message>
        <source>&amp;Demo-catalogus herstellen</source>
        <translation>&amp;Restore the demo catalog</translation>
    </message>
    <message>
        <source>Af&amp;sluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Catalogus niet bruikbaar</source>
        <translation>Catalog not usable</translation>
    </message>
    <message>
        <source>Er is geen catalogus gekozen.</source>
        <translation>No catalog was chosen.</translation>
    </message>
    <message>
        <source>Catalogus openen</source>
        <translation>Open catalog</translation>
    </message>
    <message>
        <source>Catalogus (*.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Catalog (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Actieve filters</source>
        <translation>Active filters</translation>
    </message>
    <message>
        <source>Filter %1 verwijderen</source>
        <translation>Remove filter %1</translation>
    </message>
    <message>
        <source>Filter verwijderen</source>
        <translation>Remove filter</translation>
    </message>
</context>
<context>
    <name>ConflictsController</name>
    <message>
        <source>De conflicten konden niet worden gelezen: %1</source>
        <translation>The conflicts could not be read: %1</translation>
    </message>
    <message>
        <source>De beslissing kon niet worden opgeslagen: %1</source>
        <translation>The decision could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Conflicten na synchronisatie</source>
        <translation>Conflicts after sync</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>Kies een resultaat om de details te zien.</source>
        <translation>Choose a result to see its details.</translation>
    </message>
    <message>
        <source>Kies een resultaat om de details te zien (↓ of een klik).</source>
        <translation>Choose a result to see its details (↓ or a click).</translation>
    </message>
    <message>
        <source>Niets gekozen. Probeer andere woorden of haal een filter weg.</source>
        <translation>Nothing chosen. Try other words or remove a filter.</translation>
    </message>
    <message>
        <source>Deze dienst staat niet (meer) in de catalogus.</source>
        <translation>This service is not (or no longer) in the catalog.</translation>
    </message>
    <message>
        <source>De details konden niet worden gelezen: %1</source>
        <translation>The details could not be read: %1</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Details</source>
        <extracomment>Related services listed before a "Toon alle" button.</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kies een resultaat om de details te zien.</source>
        <translation>Choose a result to see its details.</translation>
    </message>
    <message>
        <source>Naam: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Toegang via: %1</source>
        <translation>Access through: %1</translation>
    </message>
    <message>
        <source>Let op: deze dienst is niet actief (%1).</source>
        <translation>Note: this service is not active (%1).</translation>
    </message>
    <message>
        <source>Demogegevens: deze dienst is verzonnen en bestaat niet echt.</source>
        <translation>Demo data: this service is made up and does not really exist.</translation>
    </message>
    <message>
        <source>Contactpersoon: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Werkgebied</source>
        <translation>Area served</translation>
    </message>
    <message>
        <source>Helpt bij</source>
        <translation>Helps with</translation>
    </message>
    <message>
        <source>Meer van %1</source>
        <translation>More from %1</translation>
    </message>
    <message>
        <source>deze organisatie</source>
        <translation>this organisation</translation>
    </message>
    <message>
        <source>Ook op deze locatie</source>
        <translation>Also at this location</translation>
    </message>
    <message>
        <source>Bewerken (Ctrl+E)</source>
        <translation>Edit (Ctrl+E)</translation>
    </message>
    <message>
        <source>Klopt nog (Ctrl+Shift+K)</source>
        <translation>Still correct (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Vastleggen dat u deze gegevens vandaag hebt gecontroleerd</source>
        <translation>Record that you checked this entry today</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kopieer</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Kopieer %1: %2</source>
        <translation>Copy %1: %2</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Vandaag, %1: %2</source>
        <translation>Today, %1: %2</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Adres: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Gebied: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Bereikbaarheid: %1</source>
        <translation>Getting there: %1</translation>
    </message>
    <message>
        <source>Toegankelijkheid: %1</source>
        <translation>Accessibility: %1</translation>
    </message>
    <message>
        <source>Locatie bewerken</source>
        <translation>Edit location</translation>
    </message>
    <message>
        <source>Leeftijd: %1</source>
        <translation>Age: %1</translation>
    </message>
    <message>
        <source>Uitgevoerd door: %1</source>
        <translation>Delivered by: %1</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Wachttijd: %1</source>
        <translation>Waiting time: %1</translation>
    </message>
    <message>
        <source>Meenemen: %1</source>
        <translation>Bring: %1</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Toon alle %1</source>
        <translation>Show all %1</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>U mag deze gegevens niet bewerken: dat mag de wijkmakelaar van deze wijk of een beheerder.</source>
        <translation>You may not edit this entry: the district broker of this district or an administrator may.</translation>
    </message>
    <message>
        <source>Het bewerken kon niet beginnen: %1</source>
        <translation>Editing could not start: %1</translation>
    </message>
    <message>
        <source>Regel %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1 waarde(n) kloppen niet. De reden staat bij het veld.</source>
        <translation>Not saved: %1 value(s) are not right. The reason is shown at the field.</translation>
    </message>
    <message>
        <source>Opgeslagen; gaat mee met de volgende synchronisatie.</source>
        <translation>Saved; it goes out with the next sync.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>De catalogus kent deze postcode nog niet: vul de coördinaten zelf in.</source>
        <translation>The catalog does not know this postcode yet: fill in the coordinates yourself.</translation>
    </message>
    <message>
        <source>Vastgelegd: klopt nog.</source>
        <translation>Recorded: still correct.</translation>
    </message>
    <message>
        <source>Niet vastgelegd: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
</context>
<context>
    <name>EditWindow</name>
    <message>
        <source>Coördinaten uit de &amp;postcode</source>
        <translation>Coordinates from the &amp;postcode</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Herhaling WEEKLY of MONTHLY; dagen MO, TU, WE, TH, FR, SA, SU (maandelijks ook 1WE of -1FR); een uitzondering of feestdag: alleen Vanaf en Tot en met met een omschrijving.</source>
        <translation>Repeat WEEKLY or MONTHLY; days MO, TU, WE, TH, FR, SA, SU (monthly also 1WE or -1FR); an exception or holiday: only From and Until with a description.</translation>
    </message>
    <message>
        <source>Regel &amp;toevoegen</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>Regel &amp;verwijderen</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>Telefoonnummers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Nummer toevoegen</source>
        <translation>Add number</translation>
    </message>
    <message>
        <source>Nummer verwijderen</source>
        <translation>Remove number</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nieuw: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Bewerken: %1 — %2</source>
        <translation>Edit: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>afgebroken</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>te weinig geheugen</source>
        <translation>not enough memory</translation>
    </message>
    <message>
        <source>het duurde te lang</source>
        <translation>it took too long</translation>
    </message>
    <message>
        <source>geen toestemming om het bestand te lezen of te schrijven</source>
        <translation>no permission to read or write the file</translation>
    </message>
    <message>
        <source>het bestand bestaat niet (meer)</source>
        <translation>the file does not exist (any more)</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>de wachtwoordkluis van het systeem is niet bereikbaar</source>
        <translation>the system's password store cannot be reached</translation>
    </message>
    <message>
        <source>geen verbinding met de server</source>
        <translation>no connection to the server</translation>
    </message>
    <message>
        <source>fout bij het lezen of schrijven van een bestand (%1)</source>
        <translation>error reading or writing a file (%1)</translation>
    </message>
    <message>
        <source>onverwachte fout (%1)</source>
        <translation>unexpected error (%1)</translation>
    </message>
    <message>
        <source>de catalogus is even bezet door een ander programma; probeer het zo opnieuw</source>
        <translation>the catalog is busy with another program for a moment; try again shortly</translation>
    </message>
    <message>
        <source>de catalogus mag niet worden gewijzigd (alleen lezen)</source>
        <translation>the catalog may not be changed (read-only)</translation>
    </message>
    <message>
        <source>de catalogus is beschadigd of kon niet van de schijf worden gelezen</source>
        <translation>the catalog is damaged or could not be read from the disk</translation>
    </message>
    <message>
        <source>fout in de catalogus (%1)</source>
        <translation>error in the catalog (%1)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Kern:</source>
        <translation>Town:</translation>
    </message>
    <message>
        <source>Kernen</source>
        <translation>Towns</translation>
    </message>
    <message>
        <source>&amp;Gebied:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>Gebied: kern, wijk of buurt</source>
        <translation>Area: town, district or neighbourhood</translation>
    </message>
    <message>
        <source>Bij &amp;postcode:</source>
        <translation>Near &amp;postcode:</translation>
    </message>
    <message>
        <source>bijv. 4849</source>
        <translation>e.g. 4849</translation>
    </message>
    <message>
        <source>In de buurt van postcode</source>
        <translation>Near postcode</translation>
    </message>
    <message>
        <source>Afstand tot de postcode</source>
        <translation>Distance from the postcode</translation>
    </message>
    <message>
        <source>elke afstand</source>
        <translation>any distance</translation>
    </message>
    <message>
        <source>binnen %1 km</source>
        <translation>within %1 km</translation>
    </message>
    <message>
        <source>&amp;Nu open</source>
        <translation>Open &amp;now</translation>
    </message>
    <message>
        <source>Alleen wat nu open is</source>
        <translation>Only what is open now</translation>
    </message>
    <message>
        <source>G&amp;ratis</source>
        <translation>F&amp;ree</translation>
    </message>
    <message>
        <source>Alleen gratis</source>
        <translation>Free only</translation>
    </message>
    <message>
        <source>&amp;Doelgroep:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>T&amp;oegang:</source>
        <translation>A&amp;ccess:</translation>
    </message>
    <message>
        <source>Toegang</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Kern %1</source>
        <translation>Town %1</translation>
    </message>
    <message>
        <source>Hele gemeente</source>
        <translation>Whole municipality</translation>
    </message>
    <message>
        <source>Alle doelgroepen</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <source>Alle talen</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Elke toegang</source>
        <translation>Any access</translation>
    </message>
</context>
<context>
    <name>FilterController</name>
    <message>
        <source>Bij %1</source>
        <translation>Near %1</translation>
    </message>
    <message>
        <source>Bij %1, binnen %2 km</source>
        <translation>Near %1, within %2 km</translation>
    </message>
    <message>
        <source>Nu open</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Language: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sociale basis</source>
        <translation>Social network</translation>
    </message>
    <message>
        <source>Brede voorziening</source>
        <translation>General facility</translation>
    </message>
    <message>
        <source>Vrij toegankelijk</source>
        <translation>Open access</translation>
    </message>
    <message>
        <source>Niet vrij toegankelijk</source>
        <translation>Referral needed</translation>
    </message>
    <message>
        <source>Buurt, vereniging of vrijwilligers: iedereen kan meedoen.</source>
        <translation>Neighbourhood, club or volunteers: anyone can join.</translation>
    </message>
    <message>
        <source>Voor alle inwoners, zoals bibliotheek, sport en cultuur.</source>
        <translation>For all residents, like library, sport and culture.</translation>
    </message>
    <message>
        <source>Zonder indicatie, verwijzing of diagnose.</source>
        <translation>No assessment, referral or diagnosis needed.</translation>
    </message>
    <message>
        <source>Alleen met een beschikking of verwijzing.</source>
        <translation>Only with a decision (beschikking) or a referral.</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Voorziening</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Bewonersinitiatief</source>
        <translation>Residents' initiative</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Ervaringsdeskundigen</source>
        <translation>Experts by experience</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>kern</source>
        <translation>town</translation>
    </message>
    <message>
        <source>wijk</source>
        <translation>district</translation>
    </message>
    <message>
        <source>buurt</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Laatst gecontroleerd: onbekend — mogelijk verouderd</source>
        <translation>Last checked: unknown — may be out of date</translation>
    </message>
    <message>
        <source>Gecontroleerd op %1 door %2</source>
        <translation>Checked on %1 by %2</translation>
    </message>
    <message>
        <source>Laatst gecontroleerd: %1</source>
        <translation>Last checked: %1</translation>
    </message>
    <message>
        <source>langer dan 12 maanden geleden, mogelijk verouderd</source>
        <translation>more than 12 months ago, may be out of date</translation>
    </message>
    <message>
        <source>%1–%2 jaar</source>
        <translation>%1–%2 years</translation>
    </message>
    <message>
        <source>vanaf %1 jaar</source>
        <translation>from %1 years</translation>
    </message>
    <message>
        <source>tot %1 jaar</source>
        <translation>up to %1 years</translation>
    </message>
    <message>
        <source>gemeente %1</source>
        <translation>municipality of %1</translation>
    </message>
    <message>
        <source>%1.%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1 toestel %2</source>
        <translation>%1 ext. %2</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Inloop</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Niet gratis</source>
        <translation>Not free</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Laatst gesynchroniseerd: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>1 wijziging wacht</source>
        <translation>1 change waiting</translation>
    </message>
    <message>
        <source>%1 wijzigingen wachten</source>
        <translation>%1 changes waiting</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <source>%1 conflicten</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <source>Mislukt: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Synchronisatie: token opslaan…</source>
        <translation>Sync: storing the token…</translation>
    </message>
    <message>
        <source>Synchronisatie: nog niet ingesteld</source>
        <translation>Sync: not set up yet</translation>
    </message>
    <message>
        <source>Synchroniseren…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>token niet te lezen (%1); vul het opnieuw in bij Instellingen</source>
        <translation>token cannot be read (%1); enter it again in Settings</translation>
    </message>
    <message>
        <source>geen token</source>
        <translation>no token</translation>
    </message>
    <message>
        <source>Toegang onbekend</source>
        <translation>Access unknown</translation>
    </message>
    <message>
        <source>Nu open</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Nu gesloten</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <source>Openingstijden onbekend</source>
        <translation>Opening hours unknown</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Aanbod per buurt: %1</source>
        <translation>Services per neighbourhood: %1</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>1 plek of dienst</source>
        <translation>1 place or service</translation>
    </message>
    <message>
        <source>%1 plekken of diensten</source>
        <translation>%1 places or services</translation>
    </message>
    <message>
        <source>Adres van de inwoner</source>
        <translation>The resident's address</translation>
    </message>
    <message>
        <source>%1 op dit adres</source>
        <translation>%1 at this address</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Niet gecontroleerd</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Dienst of activiteit</source>
        <translation>Service or activity</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Locatie (activiteitencentrum, dorpshuis)</source>
        <translation>Location (activity centre, village hall)</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Toegang</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Andere naam</source>
        <translation>Other name</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Hoort bij organisatie</source>
        <translation>Part of organisation</translation>
    </message>
    <message>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Let op (melding bovenaan)</source>
        <translation>Note (shown at the top)</translation>
    </message>
    <message>
        <source>Soort aanbod</source>
        <translation>Kind of offer</translation>
    </message>
    <message>
        <source>Uitgevoerd door</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <source>Voor wie (omschrijving)</source>
        <translation>For whom (description)</translation>
    </message>
    <message>
        <source>Leeftijd vanaf</source>
        <translation>Age from</translation>
    </message>
    <message>
        <source>Leeftijd tot en met</source>
        <translation>Age up to</translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Kosten (toelichting)</source>
        <translation>Cost (explanation)</translation>
    </message>
    <message>
        <source>Toegankelijkheid</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Toegang via</source>
        <translation>Access through</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>Wachttijd</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>Keurmerken</source>
        <translation>Accreditations</translation>
    </message>
    <message>
        <source>Vergunningen</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Rechtsvorm</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Fiscale status</source>
        <translation>Tax status</translation>
    </message>
    <message>
        <source>Fiscaal nummer</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <source>Opgericht in</source>
        <translation>Founded in</translation>
    </message>
    <message>
        <source>Logo (webadres)</source>
        <translation>Logo (web address)</translation>
    </message>
    <message>
        <source>Webadres (URI)</source>
        <translation>Web address (URI)</translation>
    </message>
    <message>
        <source>Soort locatie</source>
        <translation>Kind of location</translation>
    </message>
    <message>
        <source>Bereikbaarheid</source>
        <translation>Getting there</translation>
    </message>
    <message>
        <source>Breedtegraad</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Lengtegraad</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Extern kenmerk</source>
        <translation>External identifier</translation>
    </message>
    <message>
        <source>Soort extern kenmerk</source>
        <translation>Kind of external identifier</translation>
    </message>
    <message>
        <source>Buurtcode</source>
        <translation>Neighbourhood code</translation>
    </message>
    <message>
        <source>Wijkcode</source>
        <translation>District code</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>Adresregel 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>T.a.v.</source>
        <translation>Attention of</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Soort adres</source>
        <translation>Kind of address</translation>
    </message>
    <message>
        <source>Wijkmakelaar</source>
        <translation>District broker</translation>
    </message>
    <message>
        <source>E-mail wijkmakelaar</source>
        <translation>District broker's e-mail</translation>
    </message>
    <message>
        <source>Telefoon wijkmakelaar</source>
        <translation>District broker's phone</translation>
    </message>
    <message>
        <source>Gestart op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Werkgebieden (behoeften)</source>
        <translation>Fields of work (needs)</translation>
    </message>
    <message>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Beschikbaar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Eigen vervoer</source>
        <translation>Own transport</translation>
    </message>
    <message>
        <source>Aantal hulpvragen tegelijk</source>
        <translation>Requests at a time</translation>
    </message>
    <message>
        <source>Toestemming gegeven op</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Herhaling</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Dag van de maand</source>
        <translation>Day of the month</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Dicht</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Behoeften</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Werkgebied</source>
        <translation>Area served</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Niet actief</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Opgeheven</source>
        <translation>Closed down</translation>
    </message>
    <message>
        <source>Tijdelijk gesloten</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>een geheel getal</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>een getal</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>ja of nee (true/false)</source>
        <translation>yes or no (true/false)</translation>
    </message>
    <message>
        <source>een datum (JJJJ-MM-DD)</source>
        <translation>a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>een tijd (UU:MM)</source>
        <translation>a time (HH:MM)</translation>
    </message>
    <message>
        <source>een tijdstip (JJJJ-MM-DDTUU:MM:SS)</source>
        <translation>a moment (YYYY-MM-DDTHH:MM:SS)</translation>
    </message>
    <message>
        <source>mag niet leeg zijn</source>
        <translation>may not be empty</translation>
    </message>
    <message>
        <source>verplicht veld ontbreekt</source>
        <translation>required field is missing</translation>
    </message>
    <message>
        <source>onbekend veld voor %1</source>
        <translation>unknown field for %1</translation>
    </message>
    <message>
        <source>onbekend veld '%1' van %2</source>
        <translation>unknown field '%1' of %2</translation>
    </message>
    <message>
        <source>onbekend soort gegeven '%1'</source>
        <translation>unknown kind of data '%1'</translation>
    </message>
    <message>
        <source>ongeldige waarde: verwacht %1</source>
        <translation>invalid value: expected %1</translation>
    </message>
    <message>
        <source>ongeldige datum: verwacht bijvoorbeeld 24-11-2026</source>
        <translation>invalid date: expected for example 24-11-2026</translation>
    </message>
    <message>
        <source>ongeldige tijd: verwacht bijvoorbeeld 09:30</source>
        <translation>invalid time: expected for example 09:30</translation>
    </message>
    <message>
        <source>getal is te groot</source>
        <translation>number is too large</translation>
    </message>
    <message>
        <source>te lang (meer dan %1 tekens)</source>
        <translation>too long (more than %1 characters)</translation>
    </message>
    <message>
        <source>bevat stuurtekens of tekens die de schrijfrichting omdraaien</source>
        <translation>contains control characters or characters that reverse the writing direction</translation>
    </message>
    <message>
        <source>bevat een regeleinde, stuurtekens of tekens die de schrijfrichting omdraaien</source>
        <translation>contains a line break, control characters or characters that reverse the writing direction</translation>
    </message>
    <message>
        <source>geen eindig getal (NaN en oneindig zijn niet toegestaan)</source>
        <translation>not a finite number (NaN and infinity are not allowed)</translation>
    </message>
    <message>
        <source>de maximumleeftijd (%1) ligt onder de minimumleeftijd (%2)</source>
        <translation>the maximum age (%1) is below the minimum age (%2)</translation>
    </message>
    <message>
        <source>onbekende waarde '%1': kies uit %2</source>
        <translation>unknown value '%1': choose from %2</translation>
    </message>
    <message>
        <source>waarde %1 ligt buiten %2 tot %3</source>
        <translation>value %1 is outside %2 to %3</translation>
    </message>
    <message>
        <source>geen geldige GeoJSON-geometrie</source>
        <translation>not a valid GeoJSON geometry</translation>
    </message>
    <message>
        <source>verwacht een (Multi)Polygon in GeoJSON</source>
        <translation>expected a (Multi)Polygon in GeoJSON</translation>
    </message>
    <message>
        <source>ongeldige postcode '%1': verwacht vier cijfers en twee letters, zoals 4901 AB</source>
        <translation>invalid postcode '%1': expected four digits and two letters, such as 4901 AB</translation>
    </message>
    <message>
        <source>ongeldig telefoonnummer '%1'</source>
        <translation>invalid phone number '%1'</translation>
    </message>
    <message>
        <source>ongeldig telefoonnummer '%1': verwacht bijvoorbeeld 0162 123456 of +31 162 123456</source>
        <translation>invalid phone number '%1': expected for example 0162 123456 or +31 162 123456</translation>
    </message>
    <message>
        <source>ongeldig e-mailadres '%1'</source>
        <translation>invalid e-mail address '%1'</translation>
    </message>
    <message>
        <source>ongeldig webadres '%1'</source>
        <translation>invalid web address '%1'</translation>
    </message>
    <message>
        <source>ongeldig webadres '%1': verwacht bijvoorbeeld https://www.voorbeeld.nl</source>
        <translation>invalid web address '%1': expected for example https://www.example.nl</translation>
    </message>
    <message>
        <source>onbekende gebiedscode '%1'</source>
        <translation>unknown area code '%1'</translation>
    </message>
    <message>
        <source>onbekende behoefte '%1'</source>
        <translation>unknown need '%1'</translation>
    </message>
    <message>
        <source>onbekende herhaling '%1': kies uit %2</source>
        <translation>unknown repetition '%1': choose from %2</translation>
    </message>
    <message>
        <source>onbekende dag '%1': gebruik MO, TU, WE, TH, FR, SA, SU (of 1MO, -1FR)</source>
        <translation>unknown day '%1': use MO, TU, WE, TH, FR, SA, SU (or 1MO, -1FR)</translation>
    </message>
    <message>
        <source>'%1' (de zoveelste dag van de maand) past niet bij %2</source>
        <translation>'%1' (the nth day of the month) does not fit %2</translation>
    </message>
    <message>
        <source>verwacht getallen van 1 tot %1 (of negatief), gescheiden door komma's</source>
        <translation>expected numbers from 1 to %1 (or negative), separated by commas</translation>
    </message>
    <message>
        <source>verwacht een geheel getal van 1 of meer</source>
        <translation>expected a whole number of 1 or more</translation>
    </message>
    <message>
        <source>onbekende dag '%1': gebruik MO, TU, WE, TH, FR, SA, SU</source>
        <translation>unknown day '%1': use MO, TU, WE, TH, FR, SA, SU</translation>
    </message>
    <message>
        <source>lijkt een BSN te bevatten: typ geen gegevens van inwoners</source>
        <translation>seems to contain a BSN (citizen service number): do not type residents' data</translation>
    </message>
    <message>
        <source>bevat een e-mailadres: typ geen gegevens van personen</source>
        <translation>contains an e-mail address: do not type personal data</translation>
    </message>
    <message>
        <source>bevat een telefoonnummer: typ geen gegevens van personen</source>
        <translation>contains a phone number: do not type personal data</translation>
    </message>
    <message>
        <source>Het lijstje is leeg. Voeg de ingang toe met Ctrl+D.</source>
        <translation>The list is empty. Add the entry with Ctrl+D.</translation>
    </message>
    <message>
        <source>%1 op het lijstje</source>
        <translation>%1 on the list</translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>evening</translation>
    </message>
    <message>
        <source>werkgebied %1</source>
        <translation>field of work %1</translation>
    </message>
    <message>
        <source>beschikbaar die %1</source>
        <translation>available that %1</translation>
    </message>
    <message>
        <source>tijdstip in overleg</source>
        <translation>time by arrangement</translation>
    </message>
    <message>
        <source>werkt in %1</source>
        <translation>works in %1</translation>
    </message>
    <message>
        <source>op %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>spreekt %1</source>
        <translation>speaks %1</translation>
    </message>
    <message>
        <source>eigen vervoer</source>
        <translation>own transport</translation>
    </message>
    <message>
        <source>kan nog %1 inwoner(s) helpen</source>
        <translation>can help %1 more resident(s)</translation>
    </message>
    <message>
        <source>Direct contact (toestemming vastgelegd)</source>
        <translation>Direct contact (consent recorded)</translation>
    </message>
    <message>
        <source>Via coördinator %1</source>
        <translation>Through coordinator %1</translation>
    </message>
    <message>
        <source>Via de coördinator</source>
        <translation>Through the coordinator</translation>
    </message>
    <message>
        <source>Vrijwilliger %1</source>
        <translation>Volunteer %1</translation>
    </message>
    <message>
        <source>%1 hier: %2 vrijwilliger(s) beschikbaar, %3 keer gevraagd in %4 weken</source>
        <translation>%1 here: %2 volunteer(s) available, asked %3 time(s) in %4 weeks</translation>
    </message>
    <message>
        <source>Geen vrijwilliger past. Probeer een ander moment of een grotere plek.</source>
        <translation>No volunteer fits. Try another moment or a larger place.</translation>
    </message>
    <message>
        <source>%1 vrijwilliger(s) passen, beste eerst</source>
        <translation>%1 volunteer(s) fit, best first</translation>
    </message>
    <message>
        <source>vrij toegankelijk</source>
        <extracomment>Help → Woordenlijst: the domain words the app keeps in Dutch, with what they mean (docs/glossary.md).</extracomment>
        <translation>vrij toegankelijk (open access)</translation>
    </message>
    <message>
        <source>Te gebruiken zonder indicatie, verwijzing of diagnose: inloop, maatschappelijk werk, activiteitencentra, cursussen.</source>
        <translation>Usable without an assessment, a referral or a diagnosis: drop-in, social work, activity centres, courses.</translation>
    </message>
    <message>
        <source>niet vrij toegankelijk</source>
        <translation>niet vrij toegankelijk (by referral only)</translation>
    </message>
    <message>
        <source>Alleen met een beschikking of verwijzing, zoals Wmo-maatwerk of jeugdhulp; het sociaal team beslist over de toegang.</source>
        <translation>Only with a decision (beschikking) or a referral, such as Wmo customised support or youth care; the sociaal team decides on access.</translation>
    </message>
    <message>
        <source>sociale basis</source>
        <translation>sociale basis (community network)</translation>
    </message>
    <message>
        <source>Het informele netwerk: verenigingen, buurtinitiatieven, burenhulp. Iedereen kan meedoen.</source>
        <translation>The informal network: clubs, neighbourhood initiatives, neighbours helping each other. Anyone can join.</translation>
    </message>
    <message>
        <source>brede voorziening</source>
        <translation>brede voorziening (general facility)</translation>
    </message>
    <message>
        <source>Open voor alle inwoners: bibliotheek, sport, cultuur.</source>
        <translation>Open to all residents: library, sport, culture.</translation>
    </message>
    <message>
        <source>lichtste hulp eerst</source>
        <translation>lichtste hulp eerst (lightest help first)</translation>
    </message>
    <message>
        <source>De volgorde van voorkeur: eigen netwerk, sociale basis en brede voorzieningen, vrij toegankelijk, dan pas niet vrij toegankelijk.</source>
        <translation>The order of preference: own network, sociale basis and general facilities, open access, and only then help by referral.</translation>
    </message>
    <message>
        <source>toeleiding</source>
        <translation>toeleiding (guiding towards help)</translation>
    </message>
    <message>
        <source>Signaleren, de vraag verhelderen en samen naar een oplossing zoeken.</source>
        <translation>Noticing, clarifying the question and looking for a solution together.</translation>
    </message>
    <message>
        <source>toegang</source>
        <translation>toegang (access decision)</translation>
    </message>
    <message>
        <source>Het besluit van het sociaal team over niet vrij toegankelijke hulp.</source>
        <translation>The sociaal team's decision on help that needs a referral.</translation>
    </message>
    <message>
        <source>warme overdracht</source>
        <translation>warme overdracht (warm handover)</translation>
    </message>
    <message>
        <source>Een overdracht waarbij de inwoner het verhaal niet opnieuw hoeft te vertellen.</source>
        <translation>A handover in which the resident need not tell the story again.</translation>
    </message>
    <message>
        <source>hulpvraag, behoefte</source>
        <translation>hulpvraag, behoefte (need)</translation>
    </message>
    <message>
        <source>Wat de inwoner nodig heeft, in eigen woorden; de zoekfunctie zoekt daarop.</source>
        <translation>What the resident needs, in their own words; the search looks for that.</translation>
    </message>
    <message>
        <source>doelgroep</source>
        <translation>doelgroep (target group)</translation>
    </message>
    <message>
        <source>Voor wie een dienst is: jongeren, ouderen, mantelzorgers, statushouders, minima …</source>
        <translation>Whom a service is for: young people, older people, carers, refugees with a residence permit, people on low incomes …</translation>
    </message>
    <message>
        <source>gemeente, kern, wijk, buurt</source>
        <translation>gemeente, kern, wijk, buurt (municipality, town, district, neighbourhood)</translation>
    </message>
    <message>
        <source>De gebieden van groot naar klein; een kern is een stad of kerkdorp (codes van het CBS).</source>
        <translation>The areas from large to small; a kern is a town or village (codes of Statistics Netherlands, CBS).</translation>
    </message>
    <message>
        <source>wijkmakelaar</source>
        <translation>wijkmakelaar (neighbourhood broker)</translation>
    </message>
    <message>
        <source>Houdt de diensten en initiatieven van de eigen wijken juist en actueel.</source>
        <translation>Keeps the services and initiatives of their own districts correct and current.</translation>
    </message>
    <message>
        <source>mogelijk verouderd</source>
        <translation>mogelijk verouderd (possibly out of date)</translation>
    </message>
    <message>
        <source>De dienst is langer dan 12 maanden geleden of nooit gecontroleerd.</source>
        <translation>The service was last checked more than 12 months ago, or never.</translation>
    </message>
    <message>
        <source>niet gevonden</source>
        <translation>niet gevonden (not found)</translation>
    </message>
    <message>
        <source>Enter bij een vraag zonder resultaten telt die vraag anoniem (alleen de woorden), zodat de gemeente ziet wat ontbreekt.</source>
        <translation>Enter on a question without results counts it anonymously (only the words), so the gemeente sees what is missing.</translation>
    </message>
    <message>
        <source>Naar het zoekveld, tekst geselecteerd</source>
        <extracomment>Help → Sneltoetsen: (keys, what they do); key names are translated where they are words.</extracomment>
        <translation>To the search field, text selected</translation>
    </message>
    <message>
        <source>Door de resultaten lopen; u kunt doortypen</source>
        <translation>Walk through the results; you can keep typing</translation>
    </message>
    <message>
        <source>Het gekozen resultaat openen; zonder resultaten: de vraag als niet gevonden tellen</source>
        <translation>Open the chosen result; without results: count the question as not found</translation>
    </message>
    <message>
        <source>Spatie</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Op een Kopieer-knop: kopiëren; op een filter: dat filter weghalen</source>
        <translation>On a Copy button: copy; on a filter: remove it</translation>
    </message>
    <message>
        <source>Een stap terug: details → lijst → zoekveld → tekst wissen</source>
        <translation>One step back: details → list → search field → clear the text</translation>
    </message>
    <message>
        <source>Naar het volgende of vorige onderdeel</source>
        <translation>To the next or previous control</translation>
    </message>
    <message>
        <source>Het gebied dat de vraag noemt als filter kiezen</source>
        <translation>Choose the area the question names as the filter</translation>
    </message>
    <message>
        <source>Filters tonen of verbergen</source>
        <translation>Show or hide the filters</translation>
    </message>
    <message>
        <source>Alle filters wissen</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Kaart in plaats van de lijst, en terug</source>
        <translation>Map instead of the list, and back</translation>
    </message>
    <message>
        <source>Presentatie: groot tonen voor de inwoner</source>
        <translation>Presentation: show large for the resident</translation>
    </message>
    <message>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Een andere catalogus openen</source>
        <translation>Open another catalog</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Deze lijst met sneltoetsen</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>LijstjeActions</name>
    <message>
        <source>Op het lijstje zetten</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <source>Lijstje tonen</source>
        <translation>Show the list</translation>
    </message>
    <message>
        <source>Lijstje afdrukken…</source>
        <translation>Print the list…</translation>
    </message>
    <message>
        <source>Lijstje als PDF…</source>
        <translation>List as PDF…</translation>
    </message>
    <message>
        <source>Lijstje e-mailen…</source>
        <translation>E-mail the list…</translation>
    </message>
    <message>
        <source>Lijstje leegmaken</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Vrijwilliger zoeken…</source>
        <translation>Find a volunteer…</translation>
    </message>
    <message>
        <source>&amp;Lijstje</source>
        <translation>&amp;List</translation>
    </message>
</context>
<context>
    <name>LijstjeController</name>
    <message>
        <source>Kies eerst een ingang in de lijst of op de kaart.</source>
        <translation>First choose an entry in the list or on the map.</translation>
    </message>
    <message>
        <source>„%1” staat op het lijstje.</source>
        <translation>“%1” is on the list.</translation>
    </message>
    <message>
        <source>„%1” stond al op het lijstje.</source>
        <translation>“%1” was already on the list.</translation>
    </message>
    <message>
        <source>Het lijstje is leeg.</source>
        <translation>The list is empty.</translation>
    </message>
    <message>
        <source>Zet eerst iets op het lijstje (Ctrl+D).</source>
        <translation>First add something to the list (Ctrl+D).</translation>
    </message>
    <message>
        <source>Lijstje maken…</source>
        <translation>Making the list…</translation>
    </message>
    <message>
        <source>Het e-mailconcept staat in uw mailprogramma.</source>
        <translation>The e-mail draft is in your mail program.</translation>
    </message>
    <message>
        <source>Lijstje opgeslagen: %1</source>
        <translation>List saved: %1</translation>
    </message>
    <message>
        <source>Het lijstje is niet gelukt: %1</source>
        <translation>The list could not be made: %1</translation>
    </message>
</context>
<context>
    <name>LijstjePanel</name>
    <message>
        <source>Lijstje voor de inwoner</source>
        <translation>List for the resident</translation>
    </message>
    <message>
        <source>Notitie bij de gekozen ingang (bijv. „vraag naar Ans”):</source>
        <translation>Note on the chosen entry (e.g. “ask for Ans”):</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Leegmaken</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld en afdrukken (Ctrl+Shift+P)</source>
        <translation>Print preview and print (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Opent een concept in uw eigen mailprogramma (Ctrl+Shift+E)</source>
        <translation>Opens a draft in your own mail program (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Onderaan het lijstje (uw gegevens, niet die van de inwoner)</source>
        <translation>At the foot of the list (your details, not the resident's)</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld lijstje</source>
        <translation>Print preview of the list</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>E-mailconcept (*.eml)</source>
        <translation>E-mail draft (*.eml)</translation>
    </message>
    <message>
        <source>Lijstje opslaan</source>
        <translation>Save the list</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <source>Gekopieerd (%1): %2</source>
        <translation>Copied (%1): %2</translation>
    </message>
    <message>
        <source>Het opgeslagen token kon niet worden gelezen: %1. U kunt het opnieuw invullen.</source>
        <translation>The stored token could not be read: %1. You can enter it again.</translation>
    </message>
    <message>
        <source>Token opgeslagen in %1</source>
        <translation>Token stored in %1</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Catalogus wordt geladen…</source>
        <translation>Loading catalog…</translation>
    </message>
    <message>
        <source>(in het geheugen)</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <source>Catalogus: %1</source>
        <translation>Catalog: %1</translation>
    </message>
    <message>
        <source>1 dienst</source>
        <translation>1 service</translation>
    </message>
    <message>
        <source>%1 diensten</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <source>Demo: alle gegevens zijn verzonnen</source>
        <translation>Demo: all data is made up</translation>
    </message>
    <message>
        <source>Demo-catalogus herstellen</source>
        <translation>Restore the demo catalog</translation>
    </message>
    <message>
        <source>De demo-gegevens worden opnieuw in de open catalogus gezet; wijzigingen in demo-diensten gaan verloren. Uw eigen diensten blijven staan. Doorgaan?</source>
        <translation>The demo data is put back into the open catalog; changes to demo services are lost. Your own services stay. Continue?</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Vind hulp, plekken en mensen in de gemeente, ook zonder internet. Catalogus in het formaat Open Referral HSDS 3.0.</source>
        <translation>Find help, places and people in the municipality, also without internet. Catalog in the Open Referral HSDS 3.0 format.</translation>
    </message>
    <message>
        <source>Woordenlijst</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Genoteerd als niet gevonden: ‘%1’ (anoniem, alleen de woorden)</source>
        <translation>Counted as not found: ‘%1’ (anonymous, only the words)</translation>
    </message>
    <message>
        <source>Er ging iets mis op de achtergrond: %1</source>
        <translation>Something went wrong in the background: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Alleen %1 (Ctrl+G)</source>
        <extracomment>Below this available screen height (logical pixels: 150 % on a 1366×768 laptop leaves 512) the filter controls start folded away behind the Filters button, so the result list and the detail pane keep their room.</extracomment>
        <translation>Only %1 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Gebied kiezen: %1</source>
        <translation>Choose the area: %1</translation>
    </message>
    <message>
        <source>&amp;Zoek:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Wat is de vraag? Bijv. schulden, eenzaam, mantelzorg, taal…  (Ctrl+K)</source>
        <translation>What is the question? E.g. debts, lonely, caregiver, language…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Typ een hulpvraag; de resultaten verschijnen terwijl u typt. Pijltjes kiezen, Enter opent.</source>
        <translation>Type a question for help; results appear as you type. Arrow keys choose, Enter opens.</translation>
    </message>
    <message>
        <source>Presentatiemodus</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Presentatie</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Actieve filters</source>
        <translation>Active filters</translation>
    </message>
    <message>
        <source>Naar &amp;zoekveld</source>
        <translation>Go to &amp;search field</translation>
    </message>
    <message>
        <source>Catalogus &amp;openen…</source>
        <translation>&amp;Open catalog…</translation>
    </message>
    <message>
        <source>&amp;Demo-catalogus herstellen…</source>
        <translation>&amp;Restore the demo catalog…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Presentatie</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>Groot tonen om het scherm naar de inwoner te draaien (F11)</source>
        <translation>Show large, to turn the screen to the resident (F11)</translation>
    </message>
    <message>
        <source>Alle &amp;filters wissen</source>
        <translation>Clear all &amp;filters</translation>
    </message>
    <message>
        <source>Filters &amp;tonen</source>
        <translation>Show &amp;filters</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Filters tonen of verbergen (Ctrl+Shift+F)</source>
        <translation>Show or hide the filters (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Filters tonen of verbergen</source>
        <translation>Show or hide the filters</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Over Sociale Kaart</source>
        <translation>&amp;About Sociale Kaart</translation>
    </message>
    <message>
        <source>&amp;Woordenlijst</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Resultaten als lijst</source>
        <translation>Results as a list</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Resultaten op de kaart</source>
        <translation>Results on the map</translation>
    </message>
    <message>
        <source>Resultaten, wijken en buurten op de kaart (Ctrl+M)</source>
        <translation>Results, districts and neighbourhoods on the map (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Kaart tonen</source>
        <translation>Show &amp;map</translation>
    </message>
    <message>
        <source>&amp;Straten offline ophalen…</source>
        <translation>Fetch &amp;streets for offline use…</translation>
    </message>
    <message>
        <source>De achtergrondkaart van de gemeente eenmalig ophalen, zodat de kaart ook zonder internet straten toont</source>
        <translation>Fetch the municipality's background map once, so that the map shows streets without internet too</translation>
    </message>
    <message>
        <source>Ophalen &amp;stoppen</source>
        <translation>&amp;Stop fetching</translation>
    </message>
    <message>
        <source>&amp;Synchronisatie</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Nu synchroniseren</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>&amp;Conflicten…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Klopt nog</source>
        <translation>&amp;Still correct</translation>
    </message>
    <message>
        <source>Vastleggen dat u deze gegevens vandaag hebt gecontroleerd</source>
        <translation>Record that you checked this entry today</translation>
    </message>
    <message>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>De kaart verschijnt zodra de catalogus geladen is.</source>
        <translation>The map appears as soon as the catalog has loaded.</translation>
    </message>
    <message>
        <source>Kaart wordt geladen…</source>
        <translation>Loading map…</translation>
    </message>
    <message>
        <source>De kaart kon niet worden geladen: %1</source>
        <translation>The map could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Gekozen op de kaart: %1</source>
        <translation>Chosen on the map: %1</translation>
    </message>
    <message>
        <source>Filter op dit gebied</source>
        <translation>Filter on this area</translation>
    </message>
    <message>
        <source>Filter op %1</source>
        <translation>Filter on %1</translation>
    </message>
    <message>
        <source>Onthouden</source>
        <translation>Remember</translation>
    </message>
    <message>
        <source>Filter op %1 ook bij de volgende start</source>
        <translation>Filter on %1 at the next start too</translation>
    </message>
    <message>
        <source>Een filter van de kaart geldt alleen nu, tenzij u het onthoudt</source>
        <translation>A filter from the map holds for now only, unless you remember it</translation>
    </message>
    <message>
        <source>&amp;Dekking voor:</source>
        <translation>&amp;Coverage for:</translation>
    </message>
    <message>
        <source>Dekking per buurt voor een behoefte</source>
        <translation>Coverage per neighbourhood for a need</translation>
    </message>
    <message>
        <source>Kleurt de buurten naar hoeveel diensten er zijn voor deze behoefte (voor wijkmakelaars)</source>
        <translation>Colours the neighbourhoods by how many services there are for this need (for neighbourhood brokers)</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Kaart met resultaten, wijken en buurten</source>
        <translation>Map with results, districts and neighbourhoods</translation>
    </message>
</context>
<context>
    <name>MatchingController</name>
    <message>
        <source>Zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Koppeling geteld (alleen werkgebied, wijk en week).</source>
        <translation>Match counted (field of work, district and week only).</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <source>Vrijwilliger zoeken</source>
        <translation>Find a volunteer</translation>
    </message>
    <message>
        <source>Werkgebied</source>
        <translation>Area served</translation>
    </message>
    <message>
        <source>Plek (postcode, buurt of kern)</source>
        <translation>Place (postcode, neighbourhood or village)</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>op</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Talen van de inwoner (bijv. nl, tr)</source>
        <translation>Resident's languages (e.g. nl, tr)</translation>
    </message>
    <message>
        <source>Zoek vrijwilligers</source>
        <translation>Find volunteers</translation>
    </message>
    <message>
        <source>Koppeling gemaakt (direct)</source>
        <translation>Match made (direct)</translation>
    </message>
    <message>
        <source>Koppeling gemaakt (via coördinator)</source>
        <translation>Match made (through the coordinator)</translation>
    </message>
    <message>
        <source>Telt alleen: werkgebied, wijk, week. Niets over de inwoner.</source>
        <translation>Counts only: field of work, district, week. Nothing about the resident.</translation>
    </message>
</context>
<context>
    <name>OfflineMapController</name>
    <message>
        <source>Straten ophalen gebruikt internet (%1). Zet eerst ‘Online achtergrondkaart’ aan bij Instellingen.</source>
        <translation>Fetching streets uses the internet (%1). First switch on ‘Online background map’ in Settings.</translation>
    </message>
    <message>
        <source>Deze catalogus heeft geen wijk- of buurtgrenzen: er is geen gebied om op te halen.</source>
        <translation>This catalog has no district or neighbourhood boundaries: there is no area to fetch.</translation>
    </message>
    <message>
        <source>Straten offline ophalen</source>
        <translation>Fetch streets for offline use</translation>
    </message>
    <message>
        <source>De achtergrondkaart van de gemeente ophalen voor gebruik zonder internet?</source>
        <translation>Fetch the municipality's background map for use without internet?</translation>
    </message>
    <message>
        <source>%1 kaarttegels (zoomniveau %2 tot %3), ongeveer %4 MB, van %5.</source>
        <translation>%1 map tiles (zoom level %2 to %3), about %4 MB, from %5.</translation>
    </message>
    <message>
        <source>Al aanwezig: %1 tegels.</source>
        <translation>Already here: %1 tiles.</translation>
    </message>
    <message>
        <source>Bron: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Ophalen gestopt; wat er al is, blijft bewaard.</source>
        <translation>Fetching stopped; what is here already is kept.</translation>
    </message>
    <message>
        <source>Straten ophalen: %1 van %2 tegels</source>
        <translation>Fetching streets: %1 of %2 tiles</translation>
    </message>
    <message>
        <source>Straten offline: %1 tegels bewaard (%2 nieuw).</source>
        <translation>Streets offline: %1 tiles kept (%2 new).</translation>
    </message>
    <message>
        <source>%1 tegels kwamen niet.</source>
        <translation>%1 tiles did not come.</translation>
    </message>
    <message>
        <source>Straten ophalen lukte niet: %1</source>
        <translation>Fetching streets failed: %1</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>andere naam</source>
        <translation>other name</translation>
    </message>
    <message>
        <source>behoefte</source>
        <translation>need</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>doelgroep</source>
        <translation>target group</translation>
    </message>
    <message>
        <source>locatie</source>
        <translation>location</translation>
    </message>
    <message>
        <source>omschrijving behoefte</source>
        <translation>description of the need</translation>
    </message>
    <message>
        <source>omschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>bevat %1</source>
        <translation>contains %1</translation>
    </message>
    <message>
        <source>vorm van %1</source>
        <translation>form of %1</translation>
    </message>
    <message>
        <source>verwant aan %1</source>
        <translation>related to %1</translation>
    </message>
    <message>
        <source>begint met %1</source>
        <translation>begins with %1</translation>
    </message>
    <message>
        <source>delen van %1</source>
        <translation>parts of %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>valt onder %2, via %1</source>
        <translation>falls under %2, via %1</translation>
    </message>
    <message>
        <source>breder dan %2, via %1</source>
        <translation>broader than %2, via %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>typfout: %1</source>
        <translation>typo: %1</translation>
    </message>
    <message>
        <source>gebied: ligt in %1</source>
        <translation>area: lies in %1</translation>
    </message>
    <message>
        <source>gebied: werkt voor %1</source>
        <translation>area: works for %1</translation>
    </message>
    <message>
        <source>gebied: alleen voor %1</source>
        <translation>area: only for %1</translation>
    </message>
    <message>
        <source>afstand: %1 km</source>
        <translation>distance: %1 km</translation>
    </message>
    <message>
        <source>open op %1</source>
        <translation>open on %1</translation>
    </message>
    <message>
        <source>geen zoekwoorden: lichtste hulp en laatst gecontroleerd eerst</source>
        <translation>no search words: the lightest help and the last checked first</translation>
    </message>
    <message>
        <source>nu open</source>
        <translation>open now</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>Gevonden op: %1</source>
        <extracomment>A card not checked for this many months gets the "niet gecontroleerd" marker (the setting; 0 = none). The day staleness is counted to (fixed in tests and screenshots; None = the real today).</extracomment>
        <translation>Matched on: %1</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Catalogus wordt geladen…</source>
        <translation>Loading catalog…</translation>
    </message>
    <message>
        <source>Zoeken lukte niet: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>Geen resultaten voor ‘%1’.</source>
        <translation>No results for ‘%1’.</translation>
    </message>
    <message>
        <source>Geen resultaten met deze filters.</source>
        <translation>No results with these filters.</translation>
    </message>
    <message>
        <source>Zonder filters: 1 resultaat.</source>
        <translation>Without filters: 1 result.</translation>
    </message>
    <message>
        <source>Zonder filters: %1 resultaten.</source>
        <translation>Without filters: %1 results.</translation>
    </message>
    <message>
        <source>Haal een filter weg om meer te vinden.</source>
        <translation>Remove a filter to find more.</translation>
    </message>
    <message>
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <source>%1 resultaten</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <source>(de beste %1 van %2)</source>
        <translation>(the best %1 of %2)</translation>
    </message>
    <message>
        <source>· dichtstbij eerst</source>
        <translation>· nearest first</translation>
    </message>
    <message>
        <source>Postcode %1 is niet bekend in deze catalogus.</source>
        <translation>Postcode %1 is not known in this catalog.</translation>
    </message>
    <message>
        <source>Bedoelde u:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <source>Zoek op %1</source>
        <translation>Search for %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <source>&amp;Taal van de app:</source>
        <translation>&amp;Language of the app:</translation>
    </message>
    <message>
        <source>De gegevens in de catalogus blijven in het Nederlands.</source>
        <translation>The catalog's own data stays in Dutch.</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Online achtergrondkaart (PDOK) gebruiken</source>
        <translation>Use an &amp;online background map (PDOK)</translation>
    </message>
    <message>
        <source>Online achtergrondkaart</source>
        <translation>Online background map</translation>
    </message>
    <message>
        <source>Zonder deze keuze werkt de kaart helemaal zonder internet. Geldt vanaf de volgende start.</source>
        <translation>Without this choice the map works entirely without internet. Takes effect from the next start.</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Editing</translation>
    </message>
    <message>
        <source>bijv. naam@gemeente.nl</source>
        <translation>e.g. name@municipality.nl</translation>
    </message>
    <message>
        <source>Uw e-mailadres, vastgelegd bij Klopt nog</source>
        <translation>Your e-mail address, recorded with Still correct</translation>
    </message>
    <message>
        <source>Uw &amp;e-mailadres:</source>
        <translation>Your &amp;e-mail address:</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Niet gecontroleerd na zoveel maanden</source>
        <translation>Not checked after this many months</translation>
    </message>
    <message>
        <source>&amp;Niet gecontroleerd na:</source>
        <translation>&amp;Not checked after:</translation>
    </message>
    <message>
        <source>Token laden…</source>
        <translation>Loading token…</translation>
    </message>
    <message>
        <source>Het opgeslagen token wordt gelezen</source>
        <translation>Reading the stored token</translation>
    </message>
    <message>
        <source>Het opgeslagen token wordt gelezen…</source>
        <translation>Reading the stored token…</translation>
    </message>
    <message>
        <source>(opgeslagen; leeg laten om te houden)</source>
        <translation>(stored; leave empty to keep it)</translation>
    </message>
    <message>
        <source>uw persoonlijke token</source>
        <translation>your personal token</translation>
    </message>
    <message>
        <source>Persoonlijk token</source>
        <translation>Personal token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Synchroniseren elke zoveel minuten</source>
        <translation>Sync every so many minutes</translation>
    </message>
    <message>
        <source>&amp;Elke:</source>
        <translation>&amp;Every:</translation>
    </message>
    <message>
        <source>Het token wordt één keer ingevoerd en bewaard in de sleutelbos van het besturingssysteem (of in een bestand dat alleen u kunt lezen), nooit in het instellingenbestand.</source>
        <translation>The token is entered once and kept in the operating system's keyring (or in a file only you can read), never in the settings file.</translation>
    </message>
    <message>
        <source>Instellingen worden bewaard in: %1</source>
        <translation>Settings are kept in: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Het token voor %1 kon niet worden opgeslagen: %2. Vul het opnieuw in bij Instellingen.</source>
        <translation>The token for %1 could not be stored: %2. Enter it again in Settings.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Te controleren</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mijn versie</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Versie op de server</source>
        <translation>Version on the server</translation>
    </message>
    <message>
        <source>Mijn versie houden</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Versie van de server houden</source>
        <translation>Keep the server's version</translation>
    </message>
    <message>
        <source>Combineren (aangevinkte velden van mij)</source>
        <translation>Combine (ticked fields from me)</translation>
    </message>
    <message>
        <source>Er is niets te controleren.</source>
        <translation>There is nothing to check.</translation>
    </message>
    <message>
        <source>Conflicten laden…</source>
        <translation>Loading conflicts…</translation>
    </message>
    <message>
        <source>Beslissing opslaan…</source>
        <translation>Storing the decision…</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Initiatief</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Reden: %1.</source>
        <translation>Reason: %1.</translation>
    </message>
    <message>
        <source>Het item is op de server verwijderd.</source>
        <translation>The item was deleted on the server.</translation>
    </message>
</context>
</TS>