; Inno Setup 6 script: the Windows installer around the PyInstaller build.
; Build on Windows from the repo root (README "Release build"):
;   py -3.12 -m venv .venv
;   .venv\Scripts\pip install -e .[package]
;   .venv\Scripts\pyinstaller --noconfirm packaging\lazpack.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\lazpack.iss
; → dist\lazpack-0.1.0-setup.exe. Per-user, no administrator rights needed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1D2C4B-7A8E-4E0B-9C55-3B1F0A2D9E71}
AppName=lazpack
AppVersion={#AppVersion}
AppPublisher=lazpack
DefaultDirName={localappdata}\Programs\lazpack
DefaultGroupName=lazpack
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=lazpack-{#AppVersion}-setup
SetupIconFile=..\resources\icons\lazpack.ico
UninstallDisplayIcon={app}\lazpack.exe
LicenseFile=..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; a running station keeps its files open: ask it to close first
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "Create a &desktop shortcut"; GroupDescription: "Shortcuts:"
Name: "autostart"; Description: "Start lazpack when I sign in to Windows"; GroupDescription: "Start-up:"; Flags: unchecked

[Files]
Source: "..\dist\lazpack\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\lazpack"; Filename: "{app}\lazpack.exe"
Name: "{group}\Uninstall lazpack"; Filename: "{uninstallexe}"
Name: "{autodesktop}\lazpack"; Filename: "{app}\lazpack.exe"; Tasks: desktopicon
Name: "{autostartup}\lazpack"; Filename: "{app}\lazpack.exe"; Tasks: autostart

[Run]
Filename: "{app}\lazpack.exe"; Description: "Start lazpack now"; Flags: nowait postinstall skipifsilent

[Code]
{ The station's data (journal, settings, logs, label cache) lives outside {app}, in
  %LOCALAPPDATA%\lazpack (platformdirs). Uninstalling keeps it unless the user says so. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\lazpack');
    if DirExists(DataDir) and not UninstallSilent then
      if MsgBox('Also delete the station''s data (packing history, settings, logs) in ' +
                DataDir + '?' + #13#10#13#10 + 'Choose No to keep it for a later install.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
