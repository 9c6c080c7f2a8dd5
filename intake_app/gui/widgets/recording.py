# SPDX-License-Identifier: GPL-3.0-or-later
"""The recording panel: level meter, elapsed time, record / pause / stop, markers, playback.

It shows what the audio controller reports (levels, time, markers) and sends it intents; the
controller records straight into the encrypted store in a worker, never to a plain file.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.widgets.common import Retranslating


def format_elapsed(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:d}:{s // 60 % 60:02d}:{s % 60:02d}"


class RecordingPanel(Retranslating):
    """Signals: record(), pause(), resume(), stop(), marker(str label), play(int index), stop_playback(),
    delete(int index) (after the person confirmed it), shown(bool) (the panel appeared or went
    away: its controller keeps the microphone open, and the meter running, while it is shown)."""

    record = Signal()
    pause = Signal()
    resume = Signal()
    stop = Signal()
    marker = Signal(str)
    play = Signal(int)
    stop_playback = Signal()
    delete = Signal(int)
    recording_changed = Signal(bool)  # a take started (True) or ended (False)
    shown = Signal(bool)

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact  # inside a form (e.g. verbal consent): no heading, markers or take list
        self.heading = QLabel()
        self.heading.setObjectName("subheading")
        self.meter = QProgressBar()
        self.meter.setObjectName("levelMeter")
        self.meter.setRange(0, 60)  # -60 dBFS .. 0 dBFS
        self.meter.setTextVisible(False)
        self.elapsed = QLabel(format_elapsed(0))
        self.elapsed.setObjectName("elapsed")
        self.state = QLabel()
        self.input_label = QLabel()
        self.input_label.setObjectName("recordingInput")
        self.input_label.setWordWrap(True)
        self._input = ""
        self.record_button, self.pause_button, self.stop_button = QPushButton(), QPushButton(), QPushButton()
        self.record_button.setObjectName("recordButton")
        self.pause_button.setObjectName("pauseButton")
        self.stop_button.setObjectName("stopButton")
        self.marker_text = QLineEdit()
        self.marker_text.setObjectName("markerText")
        self.marker_button = QPushButton()
        self.marker_button.setObjectName("markerButton")
        self.markers = QListWidget()
        self.markers.setObjectName("markerList")
        self.recordings = QListWidget()
        self.recordings.setObjectName("recordingList")
        self.play_button, self.stop_play_button = QPushButton(), QPushButton()
        self.play_button.setObjectName("playButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteRecording")
        self.delete_button.setEnabled(False)
        self.state.setObjectName("recordingState")
        self._paused = False
        self._on = False
        self._announced = False  # what recording_changed last said
        self._capturing = False

        self.meter.setFixedHeight(8)  # a thin level bar, not mistaken for a text box
        controls = QHBoxLayout()
        for w in (self.record_button, self.pause_button, self.stop_button):
            controls.addWidget(w)
        playback = QHBoxLayout()
        layout = QVBoxLayout(self)
        if compact:
            # One row of buttons (playback too, to check the take), the meter and the input.
            controls.addWidget(self.play_button)
            controls.addWidget(self.stop_play_button)
            controls.addStretch(1)
            controls.addWidget(self.elapsed)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addLayout(controls)
            layout.addWidget(self.meter)
            layout.addWidget(self.state)  # "starting the microphone…" matters for verbal consent too
            layout.addWidget(self.input_label)
            for w in (self.heading, self.marker_text, self.marker_button, self.markers, self.recordings,
                      self.delete_button):
                w.setParent(self)
                w.hide()
        else:
            controls.addStretch(1)
            controls.addWidget(self.elapsed)
            marks = QHBoxLayout()
            marks.addWidget(self.marker_text, 1)
            marks.addWidget(self.marker_button)
            playback.addWidget(self.play_button)
            playback.addWidget(self.stop_play_button)
            playback.addStretch(1)
            playback.addWidget(self.delete_button)
            layout.addWidget(self.heading)
            layout.addWidget(self.meter)
            layout.addLayout(controls)
            layout.addWidget(self.state)
            layout.addWidget(self.input_label)
            layout.addLayout(marks)
            layout.addWidget(self.markers, 1)
            layout.addWidget(self.recordings, 1)
            layout.addLayout(playback)

        self.record_button.clicked.connect(self._record_clicked)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.pause_button.clicked.connect(self._pause_clicked)
        self.stop_button.clicked.connect(self.stop.emit)
        self.marker_button.clicked.connect(self._marker)
        self.marker_text.returnPressed.connect(self._marker)
        self.play_button.clicked.connect(lambda: self.play.emit(max(0, self.recordings.currentRow())))
        self.stop_play_button.clicked.connect(self.stop_playback.emit)
        self.set_recording(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Recording"))
        self.meter.setAccessibleName(self.tr("Sound level"))
        self.elapsed.setAccessibleName(self.tr("Time recorded"))
        self.record_button.setText(self.tr("● &Record"))
        self.record_button.setAccessibleName(self.tr("Start recording"))
        self.pause_button.setText(self.tr("&Resume") if self._paused else self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text().replace("&", ""))
        self.stop_button.setText(self.tr("■ &Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop recording"))
        self.marker_text.setPlaceholderText(self.tr("Marker, e.g. \"question 3\""))
        self.marker_text.setAccessibleName(self.tr("Marker text"))
        self.marker_button.setText(self.tr("Add &marker"))
        self.markers.setAccessibleName(self.tr("Markers"))
        self.recordings.setAccessibleName(self.tr("Recordings"))
        self.play_button.setText(self.tr("▶ Play"))
        self.play_button.setAccessibleName(self.tr("Play the chosen recording"))
        self.stop_play_button.setText(self.tr("Stop playing"))
        self.input_label.setText(self.tr("Input: {0}").format(self._input) if self._input else "")
        self.delete_button.setText(self.tr("&Delete recording…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen recording"))
        if self._on and self._paused:
            self.state.setText(self.tr("Paused."))
        elif self._on and self._capturing:
            self.state.setText(self.tr("● Recording: the time runs while sound is recorded."))
        elif self._on:
            self.state.setText(self.tr("Starting the microphone… Please wait until the time starts running."))
        else:
            self.state.setText("")
        if self.compact:
            self.input_label.setVisible(bool(self._input))
            self.state.setVisible(bool(self.state.text()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.shown.emit(False)

    def show_input(self, name: str) -> None:
        """The audio input this take is recorded from (chosen under Settings → Microphone)."""
        self._input = name
        self.retranslate()

    def set_recording(self, on: bool) -> None:
        self._on = on
        self.record_button.setEnabled(not on)
        self.stop_button.setEnabled(on)
        self.pause_button.setEnabled(on and self._capturing)
        self.marker_button.setEnabled(on and self._capturing)
        self._show_takes()
        if not on:
            self._paused = False
            self._capturing = False
            self.meter.setValue(0)
        self.retranslate()
        self._announce(on)

    def set_capturing(self, on: bool) -> None:
        """Sound is arriving: the take really runs (the time counts recorded sound)."""
        self._capturing = on
        self.pause_button.setEnabled(self._on and on)
        self.marker_button.setEnabled(self._on and on)
        self.retranslate()

    def _record_clicked(self) -> None:
        self.record_button.setEnabled(False)  # no second take while the device opens
        self._on = True
        self.retranslate()
        self._announce(True)
        self.record.emit()

    def _announce(self, on: bool) -> None:
        if on != self._announced:
            self._announced = on
            self.recording_changed.emit(on)

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        self.retranslate()

    def show_level(self, peak: float, _rms: float = 0.0) -> None:
        """``peak`` as a linear amplitude 0..1; shown on a -60..0 dB scale."""
        db = 20 * math.log10(peak) if peak > 1e-6 else -60.0
        self.meter.setValue(int(max(0.0, min(60.0, db + 60))))

    def show_elapsed(self, seconds: float) -> None:
        self.elapsed.setText(format_elapsed(seconds))

    def add_marker(self, seconds: float, label: str) -> None:
        self.markers.addItem(f"{format_elapsed(seconds)}  {label}")

    def set_recordings(self, names: list[str]) -> None:
        self.recordings.clear()
        self.recordings.addItems(names)
        if names:
            self.recordings.setCurrentRow(len(names) - 1)
        self._show_takes()

    def _show_takes(self) -> None:
        """Playback and the list of takes only once there is a take: an empty white list and a
        Play button with nothing to play puzzled witnesses (screenshots, issue 17)."""
        has = self.recordings.count() > 0
        self.delete_button.setEnabled(not self._on and has)
        self.play_button.setEnabled(not self._on and has)
        self.stop_play_button.setEnabled(has)
        if not self.compact:
            self.recordings.setVisible(has)

    def _delete_clicked(self) -> None:
        row = self.recordings.currentRow()
        if row < 0 or self._on:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDeleteRecording")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete recording"))
        box.setText(self.tr("Delete \"{0}\"? It cannot be brought back.").format(self.recordings.item(row).text()))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is delete:
            self.delete.emit(row)

    def _pause_clicked(self) -> None:
        if self._paused:
            self.resume.emit()
        else:
            self.pause.emit()

    def _marker(self) -> None:
        text = self.marker_text.text().strip()
        self.marker.emit(text)
        self.marker_text.clear()
