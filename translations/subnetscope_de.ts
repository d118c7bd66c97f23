<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/AppPaths.cpp" line="18"/>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="33"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="38"/>
        <source>Cannot configure the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="44"/>
        <source>The database %1 was written by a newer Subnetscope (schema %2).</source>
        <translation>Die Datenbank %1 stammt von einem neueren Subnetscope (Schema %2).</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="61"/>
        <source>The database was written by a newer Subnetscope (schema %1); this build knows up to %2.</source>
        <translation>Die Datenbank stammt von einem neueren Subnetscope (Schema %1); diese Version kennt bis %2.</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="66"/>
        <source>Cannot start the schema upgrade: %1</source>
        <translation>Die Schema-Aktualisierung kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="72"/>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation>Die Schema-Aktualisierung auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/store/Database.cpp" line="77"/>
        <source>Schema upgrade to version %1 could not be committed.</source>
        <translation>Die Schema-Aktualisierung auf Version %1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>chainclient::LocalNodeWorker</name>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="22"/>
        <source>The saved local chain could not be loaded: %1</source>
        <translation>Die gespeicherte lokale Chain konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="35"/>
        <source>The local chain is at block %1 but the store expects block %2.</source>
        <translation>Die lokale Chain steht bei Block %1, der Speicher erwartet aber Block %2.</translation>
    </message>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="56"/>
        <source>Internal error: the local chain broke an invariant: %1</source>
        <translation>Interner Fehler: Die lokale Chain hat eine Invariante verletzt: %1</translation>
    </message>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="106"/>
        <source>The account address is not valid.</source>
        <translation>Die Kontoadresse ist ungültig.</translation>
    </message>
    <message>
        <location filename="../chainclient/local/LocalNodeWorker.cpp" line="135"/>
        <source>The faucet needs a valid address and a positive amount.</source>
        <translation>Der Faucet braucht eine gültige Adresse und einen positiven Betrag.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="28"/>
        <source>Explorer and staking dashboard for Bittensor subnets</source>
        <translation>Explorer und Staking-Übersicht für Bittensor-Subnetze</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Folder for the store, logs and wallets.</source>
        <translation>Ordner für Datenspeicher, Protokolle und Wallets.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Days of simulated history on first launch (default 1).</source>
        <translation>Tage simulierter Historie beim ersten Start (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Milliseconds per local block (default 1000).</source>
        <translation>Millisekunden pro lokalem Block (Standard 1000).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Subnetscope</source>
        <translation>Subnetscope</translation>
    </message>
</context>
<context>
    <name>models::StoreWriter</name>
    <message>
        <location filename="../models/sync/StoreWriter.cpp" line="33"/>
        <source>The store %1 holds the &apos;%2&apos; network, not &apos;%3&apos;.</source>
        <translation>Der Speicher %1 enthält das Netz „%2“, nicht „%3“.</translation>
    </message>
    <message>
        <location filename="../models/sync/StoreWriter.cpp" line="66"/>
        <source>Cannot prepare the store&apos;s statements: %1</source>
        <translation>Die Abfragen des Speichers können nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/StoreWriter.cpp" line="124"/>
        <source>Sync gap: the store is at block %1 but the node delivered block %2.</source>
        <translation>Synchronisationslücke: Der Speicher steht bei Block %1, der Knoten lieferte Block %2.</translation>
    </message>
    <message>
        <location filename="../models/sync/StoreWriter.cpp" line="128"/>
        <source>Cannot start a store transaction: %1</source>
        <translation>Eine Speicher-Transaktion kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/StoreWriter.cpp" line="162"/>
        <source>Writing blocks %1–%2 to the store failed: %3</source>
        <translation>Das Schreiben der Blöcke %1–%2 in den Speicher ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>models::SubnetListModel</name>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="49"/>
        <source>Netuid</source>
        <translation>Netuid</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="51"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="52"/>
        <source>Price (TAO/α)</source>
        <translation>Preis (TAO/α)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="53"/>
        <source>TAO in pool</source>
        <translation>TAO im Pool</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="54"/>
        <source>Alpha in pool</source>
        <translation>Alpha im Pool</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="55"/>
        <source>Market cap (TAO)</source>
        <translation>Marktkapitalisierung (TAO)</translation>
    </message>
    <message>
        <location filename="../models/SubnetListModel.cpp" line="56"/>
        <source>Emission share</source>
        <translation>Emissionsanteil</translation>
    </message>
</context>
<context>
    <name>models::SyncService</name>
    <message>
        <location filename="../models/sync/SyncService.cpp" line="55"/>
        <source>No node could be created for the &apos;%1&apos; network.</source>
        <translation>Für das Netz „%1“ konnte kein Knoten erstellt werden.</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="18"/>
        <source>Subnetscope — %1 network</source>
        <translation>Subnetscope — Netz %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="27"/>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>%p% · %1 s left</source>
        <translation>%p% · noch %1 s</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Block %1 · head %2</source>
        <translation>Block %1 · Kopf %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>Opening the store…</source>
        <translation>Speicher wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>Catching up history…</source>
        <translation>Historie wird nachgeholt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Synced · following the chain</source>
        <translation>Synchron · folgt der Chain</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Sync stopped</source>
        <translation>Synchronisation angehalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Sync failed</source>
        <translation>Synchronisation fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ui::PriceChart</name>
    <message>
        <location filename="../ui/PriceChart.cpp" line="17"/>
        <source>Spot price (TAO/α)</source>
        <translation>Kassakurs (TAO/α)</translation>
    </message>
    <message>
        <location filename="../ui/PriceChart.cpp" line="19"/>
        <source>EMA price (TAO/α)</source>
        <translation>EMA-Kurs (TAO/α)</translation>
    </message>
    <message>
        <location filename="../ui/PriceChart.cpp" line="24"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/PriceChart.cpp" line="26"/>
        <source>TAO per Alpha</source>
        <translation>TAO pro Alpha</translation>
    </message>
</context>
<context>
    <name>ui::SubnetsPage</name>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="21"/>
        <source>Filter by name, symbol or netuid</source>
        <translation>Nach Name, Symbol oder Netuid filtern</translation>
    </message>
    <message>
        <location filename="../ui/SubnetsPage.cpp" line="94"/>
        <source>%1 %2 (netuid %3): Alpha price</source>
        <translation>%1 %2 (Netuid %3): Alpha-Kurs</translation>
    </message>
</context>
</TS>
